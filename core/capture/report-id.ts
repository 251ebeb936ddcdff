// The name a capture report carries in its `schema` field. Apart from the report's zod schemas
// (report-schema.ts) so that the code writing reports loads no zod.
export const CAPTURE_REPORT_SCHEMA = 'proxlab.capture-report/1';
