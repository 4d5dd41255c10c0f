export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>The story you are looking for is not here. It may have moved, or the address may be mistyped.</p>
    </section>
  )
}
