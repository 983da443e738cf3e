/**
 * London areas as every feature names them: boroughs and wards by ONS GSS code ({@code E09…}, {@code E05…}) with
 * population and IMD 2019 scores. {@code Areas} is the one reader of the area tables; matching, imports, the service
 * directory, 360Giving and board packs ask it instead of querying them.
 */
package uk.commissioning.areas;
