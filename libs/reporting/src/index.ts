export * from './disclosure/statistical-table';
export * from './disclosure/feasible-ranges';
export * from './disclosure/protect-table';
export * from './reports/report-view';
export * from './reports/county-table';
export * from './reports/per-kommun-counts';
export * from './export/report-csv';
export * from './export/county-table-svg';
