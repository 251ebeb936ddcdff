import type { PropertiesSection } from '../../../core/capture/properties-model';

/** The sections of Wireshark's Capture File Properties dialog, one heading each. */
export function PropertiesView({ sections, labelledBy }: { sections: PropertiesSection[]; labelledBy: string }) {
  return (
    <div className="properties" aria-labelledby={labelledBy}>
      {sections.map((section) => {
        const headingId = `${labelledBy}-${section.id}`;
        const numeric = new Set(section.table?.numericColumns ?? []);
        const align = (column: number) => (numeric.has(column) ? 'number' : undefined);
        return (
          <section key={section.id} className={`properties-section properties-${section.id}`} aria-labelledby={headingId} data-section={section.id}>
            <h3 id={headingId}>{section.title}</h3>
            {section.note && <p className="note">{section.note}</p>}
            {section.rows.length > 0 && (
              <table className="key-values">
                <tbody>
                  {section.rows.map((row) => (
                    <tr key={row.label}>
                      <th scope="row">{row.label}</th>
                      <td className={row.code ? 'code' : undefined}>{row.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {section.table && section.table.rows.length > 0 && (
              <table className="data-table">
                <thead>
                  <tr>
                    {section.table.headers.map((header, index) => (
                      <th key={header} scope="col" className={align(index)}>
                        {header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {section.table.rows.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {row.map((cell, index) =>
                        index === 0 ? (
                          <th key={index} scope="row">
                            {cell}
                          </th>
                        ) : (
                          <td key={index} className={align(index)}>
                            {cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
