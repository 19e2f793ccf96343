package org.invar.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.invar.report.Finding;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;

/**
 * The report for CI test views: JUnit XML, a {@code <testsuite>} per input and a
 * {@code <testcase>} per rule.
 *
 * <pre>{@code
 * <testsuites name="invar" tests="5" failures="2" errors="0" skipped="1">
 *   <testsuite name="stack.yml" tests="5" failures="2" errors="0" skipped="1">
 *     <testcase classname="rules/ecs.invar" name="ecs-service-covers-its-azs">
 *       <failure message="web runs 1 task(s) over 2 AZs" type="high">ecs_service Service at stack.yml:135:3
 * web runs 1 task(s) over 2 AZs
 * because: desired_count = 1, count(distinct subnet.az) = 2</failure>
 *     </testcase>
 *     <testcase classname="rules/ecs.invar" name="cluster-spans-three-azs">
 *       <skipped message="nothing in scope"/>
 *     </testcase>
 * }</pre>
 *
 * <ul>
 * <li>A {@code <failure>} per finding that fails the run, as the run's policy judged it: a
 *     violation, or an unknown verdict (unless {@code --allow-unknown}), not suppressed, not in the
 *     baseline, at or above {@code --fail-on}. {@code message} is the finding's message, {@code type}
 *     the severity, the text names the entity, its origin, the message, the deciding values, the
 *     chain and an unknown verdict's reason.
 * <li>{@code <skipped>} for a rule with nothing in scope.
 * <li>Findings that do not fail the run (unknown verdicts under {@code --allow-unknown}, suppressed
 *     violations, what the baseline knows, what is below {@code --fail-on}) are lines of the test
 *     case's {@code <system-out>}, not failures or errors: an {@code <error>} would say the test
 *     could not run, which is not so.
 * <li>{@code failures} counts test cases (rules) with a failure, {@code skipped} those skipped;
 *     {@code errors} is always 0. No {@code time}: the output of one run is stable.
 * <li>Text XML cannot carry (control characters) becomes U+FFFD; see {@link XmlText}.
 * </ul>
 */
public final class JunitFormat implements ReportFormat {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String description() {
        return "JUnit XML for CI test views: a test case per rule";
    }

    @Override
    public void write(Writer out, CheckRun run, FormatOptions options) throws IOException {
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "invar");
            counts(x, run.inputs().stream().flatMap(i -> cases(run, i).stream()).toList());
            for (CheckedInput input : run.inputs()) {
                suite(x, run, input);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.write("\n");
        out.flush();
    }

    /** A rule's outcome in JUnit terms. */
    private record Case(RuleResult rule, List<Finding> failures, List<String> notes) {
        boolean skipped() {
            return rule.verdict() == Verdict.SKIP;
        }
    }

    private static List<Case> cases(CheckRun run, CheckedInput input) {
        List<Case> cases = new ArrayList<>();
        for (RuleResult r : input.report().results()) {
            List<Finding> failures = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (Finding f : r.findings()) {
                String entity = TextFormat.entity(f.entity());
                String what = f.verdict() == Verdict.UNKNOWN ? "unknown: " + entity + ": " + f.reason().orElse(f.message())
                        : entity + ": " + f.message();
                switch (run.standing(f)) {
                    case COUNTS -> failures.add(f);
                    case SUPPRESSED -> notes.add("suppressed: " + entity + ": " + f.suppressed().get());
                    case IN_BASELINE -> notes.add("in baseline: " + what);
                    case BELOW_THRESHOLD -> notes.add("below --fail-on: " + what);
                    case UNKNOWN_ALLOWED -> notes.add(what);
                }
            }
            cases.add(new Case(r, failures, notes));
        }
        return cases;
    }

    private static void counts(XMLStreamWriter x, List<Case> cases) throws XMLStreamException {
        x.writeAttribute("tests", Integer.toString(cases.size()));
        x.writeAttribute("failures", Long.toString(cases.stream().filter(c -> !c.failures().isEmpty()).count()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Long.toString(cases.stream().filter(Case::skipped).count()));
    }

    private static void suite(XMLStreamWriter x, CheckRun run, CheckedInput input) throws XMLStreamException {
        List<Case> cases = cases(run, input);
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", XmlText.attribute(input.input()));
        counts(x, cases);
        for (Case c : cases) {
            testCase(x, c);
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void testCase(XMLStreamWriter x, Case c) throws XMLStreamException {
        x.writeCharacters("\n    ");
        boolean empty = c.failures().isEmpty() && c.notes().isEmpty() && !c.skipped();
        if (empty) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        String file = c.rule().file();
        x.writeAttribute("classname", XmlText.attribute(file == null || file.isEmpty() ? "invar" : file));
        x.writeAttribute("name", XmlText.attribute(c.rule().rule()));
        if (empty) {
            return;
        }
        if (c.skipped()) {
            x.writeCharacters("\n      ");
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", "nothing in scope");
        }
        for (Finding f : c.failures()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("message", XmlText.attribute(f.message()));
            x.writeAttribute("type", f.severity().word());
            x.writeCharacters(XmlText.content(failureText(f)));
            x.writeEndElement();
        }
        if (!c.notes().isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(XmlText.content(String.join("\n", c.notes())));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    /** The entity and its origin, the message, the deciding values, the chain and the reason, a line each. */
    static String failureText(Finding f) {
        String where = f.origin().display();
        StringBuilder s = new StringBuilder(TextFormat.entity(f.entity()));
        if (!where.isEmpty()) {
            s.append(" at ").append(where);
        }
        s.append('\n').append(f.message());
        if (!f.because().isEmpty()) {
            s.append("\nbecause: ").append(TextFormat.because(f.because()));
        }
        if (f.chain().size() > 1) {
            s.append("\nchain: ").append(String.join(" <- ", f.chain().stream().map(TextFormat::entity).toList()));
        }
        f.reason().ifPresent(reason -> s.append("\nreason: ").append(reason));
        return s.toString();
    }
}
