import '../run'; // `npm run bench:store`: `npm run bench -- --only store --out data/bench`
