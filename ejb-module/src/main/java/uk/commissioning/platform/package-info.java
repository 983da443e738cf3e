/**
 * Infrastructure with no business rules: the datasource definition and its defaults, the migration runner, JPA
 * converters and the paging type. Depends on no feature, so every feature may use it.
 */
package uk.commissioning.platform;
