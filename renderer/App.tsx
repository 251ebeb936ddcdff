export function App() {
  return <main>ProxLab</main>;
}
