/**
 * Segregation of duties, shared by everything that moves money on a second person's say-so (transfers today; claims
 * and grant awards next). Only the roles a policy names may raise or decide a request; an approver is never the
 * requester, and belongs to one of the organisations answerable for it (administrators aside). Above a policy's
 * limit one approval is not enough: a second, different person, holding one of the roles the limit names, must
 * approve too. Each approver's limit changes only with two administrators: one proposes, a different one (who is not
 * the person whose limit it is) approves, and only then is the new limit appended ({@code control.ApprovalLimitChanges}).
 */
package uk.commissioning.approvals;
