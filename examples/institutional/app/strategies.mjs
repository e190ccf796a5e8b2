// Stand-in for the strategy orchestrator: loads each strategy and checks it exposes signal().
const strategies = {
  momentum: { signal: (prices) => Math.sign(prices.at(-1) - prices[0]) },
  meanReversion: { signal: (prices) => -Math.sign(prices.at(-1) - prices[0]) },
}
const broken = Object.entries(strategies).filter(([, s]) => typeof s.signal !== 'function')
console.log(`loaded ${Object.keys(strategies).length - broken.length} strategies`)
process.exit(broken.length === 0 ? 0 : 1)
