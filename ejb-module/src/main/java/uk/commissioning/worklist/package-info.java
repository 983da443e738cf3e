/**
 * Worklist: what waits for a person and what they wait for, gathered from the features that know (transfers awaiting
 * a second person, demand imports that refused rows, contracts past or near their end). It only reads: every item
 * links to the screen where the owning feature acts on it, under that feature's own rules.
 */
package uk.commissioning.worklist;
