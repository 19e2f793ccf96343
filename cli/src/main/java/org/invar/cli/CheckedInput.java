package org.invar.cli;

import org.invar.report.Report;

/** The report of the rules over one input, under the name the user gave the input. */
record CheckedInput(String input, Report report) {
}
