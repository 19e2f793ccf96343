/**
 * Baselines: the failures and unknown verdicts a team has accepted, so that rules can be adopted
 * on an existing estate and only new findings fail. {@link Baseline} is one in force, with the
 * folder its file paths are relative to; {@link BaselineMatch} holds today's findings against it
 * (per rule, entity, verdict and file); {@link BaselineFile} is the format, read and written alike
 * by the command line's {@code --baseline} and the testing module's frozen baselines. Whether a
 * matched finding counts is {@link org.invar.report.judgement.FindingPolicy}'s decision.
 */
package org.invar.report.baseline;
