// The benchmark's yardstick: the smallest Next.js app with one dynamic page running one query.
export default {};
