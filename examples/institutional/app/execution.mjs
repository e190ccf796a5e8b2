// Stand-in for the execution system: the P0 check imports it and runs its self-test.
export function route(order) {
  if (!order || order.quantity <= 0) throw new Error('invalid order')
  return { ...order, venue: 'SIM', status: 'accepted' }
}
if (import.meta.url === `file://${process.argv[1]}`) {
  const fill = route({ symbol: 'EURUSD', quantity: 1 })
  process.exit(fill.status === 'accepted' ? 0 : 1)
}
