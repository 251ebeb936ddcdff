// window.proxlab for the renderer under test, served by the bridge from the same origin (the
// CSP's 'self'). Calls go over HTTP to the very handlers ipc.ts registers; events come back as
// Server-Sent Events; a dropped File is uploaded so that the real file is analysed.
(() => {
  const listeners = new Map();
  const events = new EventSource('/__bridge/events');
  // No call goes out before the event stream is open, so no progress event can be missed.
  const ready = new Promise((resolve) => events.addEventListener('open', resolve, { once: true }));
  events.addEventListener('message', (message) => {
    const { name, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });

  const answer = async (response) => {
    const body = await response.json();
    if (!body.ok) throw new Error(body.error);
    return body.value;
  };

  const bridge = {
    async invoke(name, input) {
      await ready;
      const response = await fetch('/__bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, input }),
      });
      return answer(response);
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
    async pathForFile(file) {
      const response = await fetch(`/__bridge/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
      return answer(response);
    },
  };
  window.proxlab = Object.freeze(bridge);
})();
