package org.invar.report.judgement;

/**
 * What a failure or an unknown verdict means for a check, as a {@link FindingPolicy} decides it.
 * Only {@link #COUNTS} fails a check; the others are reported and say why they do not.
 */
public enum Standing {
    /** It fails the check. */
    COUNTS,
    /** The entity's owners suppressed the rule for it, with a reason. */
    SUPPRESSED,
    /** The baseline in force accepts it. */
    IN_BASELINE,
    /** Its rule's severity is below the least severity that fails the check. */
    BELOW_THRESHOLD,
    /** It could not be decided, and the check lets such verdicts pass. */
    UNKNOWN_ALLOWED
}
