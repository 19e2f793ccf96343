/**
 * The baseline file: the failures a team has accepted, so that rules can be adopted on an existing
 * estate and only new failures fail. The command line's {@code --baseline} and the testing
 * module's frozen baselines read and write the same format, {@link BaselineFile}.
 */
package org.invar.report.baseline;
