/**
 * Evidence files: what a provider attaches to something it reports or claims (a milestone report, a claim). A file is
 * stored once, append-only, with the SHA-256 of its bytes and the type those bytes are (PDF, PNG, JPEG, CSV, XLSX,
 * never what the upload says it is); anything else, or anything over the size limit, is refused. The feature that
 * owns the thing decides who may attach and who may read ({@code EvidenceOwners}); an owner type that no feature
 * answers for is refused, and a reader who may not see the owner gets "not found".
 */
package uk.commissioning.evidence;
