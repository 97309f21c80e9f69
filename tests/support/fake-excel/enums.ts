// Runtime values for the Excel enums adapter code uses (Excel.ConditionalFormatType.containsText,
// ...). Each object is checked against @types/office-js: a key or value that differs from the real
// enum fails to compile.

import type { EnumShape } from './api-check.js';

export const ConditionalFormatType = {
  custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue',
} as const satisfies EnumShape<typeof Excel.ConditionalFormatType>;

export const ConditionalTextOperator = {
  invalid: 'Invalid', contains: 'Contains', notContains: 'NotContains', beginsWith: 'BeginsWith', endsWith: 'EndsWith',
} as const satisfies EnumShape<typeof Excel.ConditionalTextOperator>;

export const ConditionalCellValueOperator = {
  invalid: 'Invalid', between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan', lessThan: 'LessThan', greaterThanOrEqual: 'GreaterThanOrEqual', lessThanOrEqual: 'LessThanOrEqual',
} as const satisfies EnumShape<typeof Excel.ConditionalCellValueOperator>;

/** The 2-D chart types; 3-D, stock, surface and other exotic types are not modelled. */
export const ChartType = {
  columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', columnStacked100: 'ColumnStacked100',
  barClustered: 'BarClustered', barStacked: 'BarStacked', barStacked100: 'BarStacked100',
  line: 'Line', lineStacked: 'LineStacked', lineStacked100: 'LineStacked100', lineMarkers: 'LineMarkers',
  lineMarkersStacked: 'LineMarkersStacked', lineMarkersStacked100: 'LineMarkersStacked100',
  pie: 'Pie', pieExploded: 'PieExploded', pieOfPie: 'PieOfPie', barOfPie: 'BarOfPie', doughnut: 'Doughnut', doughnutExploded: 'DoughnutExploded',
  area: 'Area', areaStacked: 'AreaStacked', areaStacked100: 'AreaStacked100',
  xyscatter: 'XYScatter', xyscatterLines: 'XYScatterLines', xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers',
  xyscatterSmooth: 'XYScatterSmooth', xyscatterSmoothNoMarkers: 'XYScatterSmoothNoMarkers',
  radar: 'Radar', radarMarkers: 'RadarMarkers', radarFilled: 'RadarFilled', bubble: 'Bubble',
  histogram: 'Histogram', pareto: 'Pareto', treemap: 'Treemap', waterfall: 'Waterfall', sunburst: 'Sunburst', funnel: 'Funnel',
} as const satisfies EnumShape<typeof Excel.ChartType>;

export const ChartSeriesBy = { auto: 'Auto', columns: 'Columns', rows: 'Rows' } as const satisfies EnumShape<typeof Excel.ChartSeriesBy>;

export const ChartLegendPosition = {
  invalid: 'Invalid', top: 'Top', bottom: 'Bottom', left: 'Left', right: 'Right', corner: 'Corner', custom: 'Custom',
} as const satisfies EnumShape<typeof Excel.ChartLegendPosition>;

export const ChartDataLabelPosition = {
  invalid: 'Invalid', none: 'None', center: 'Center', insideEnd: 'InsideEnd', insideBase: 'InsideBase', outsideEnd: 'OutsideEnd',
  left: 'Left', right: 'Right', top: 'Top', bottom: 'Bottom', bestFit: 'BestFit', callout: 'Callout',
} as const satisfies EnumShape<typeof Excel.ChartDataLabelPosition>;

export const ClearApplyTo = {
  all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks', resetContents: 'ResetContents',
} as const satisfies EnumShape<typeof Excel.ClearApplyTo>;

export const SheetVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const satisfies EnumShape<typeof Excel.SheetVisibility>;

export const PageOrientation = { portrait: 'Portrait', landscape: 'Landscape' } as const satisfies EnumShape<typeof Excel.PageOrientation>;

export const RangeValueType = {
  unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue',
} as const satisfies EnumShape<typeof Excel.RangeValueType>;

export const ErrorCodes = {
  accessDenied: 'AccessDenied', apiNotFound: 'ApiNotFound', generalException: 'GeneralException', invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation', invalidReference: 'InvalidReference', invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists', itemNotFound: 'ItemNotFound', mergedRangeConflict: 'MergedRangeConflict',
  notImplemented: 'NotImplemented', operationCellsExceedLimit: 'OperationCellsExceedLimit', rangeExceedsLimit: 'RangeExceedsLimit',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const satisfies EnumShape<typeof Excel.ErrorCodes>;

/** Everything installFakeOffice puts on the fake `Excel` global next to `run`. */
export const excelEnums = {
  ConditionalFormatType, ConditionalTextOperator, ConditionalCellValueOperator, ChartType, ChartSeriesBy, ChartLegendPosition,
  ChartDataLabelPosition, ClearApplyTo, SheetVisibility, PageOrientation, RangeValueType, ErrorCodes,
};
