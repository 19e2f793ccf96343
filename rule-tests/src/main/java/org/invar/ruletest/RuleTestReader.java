package org.invar.ruletest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.RuleCompiler;
import org.invar.RuleSet;
import org.invar.dsl.Diagnostic;
import org.invar.dsl.ast.Severity;
import org.invar.model.Suggestions;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.Verdict;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a rule test file ({@code *.tests.yaml}) and checks everything that can be checked before
 * running: its shape, that inputs and rule files exist, that the rules compile, that every rule an
 * expectation names is there. Every problem is reported at once, each at its line and column, in
 * a {@link RuleTestException}.
 *
 * <pre>
 * rules: [availability.invar]          # default: the .invar files of this file's directory
 * params: {min_azs: 2}                 # for every case: rules that declare them, and the adapters
 * cases:
 *   - name: one task over two zones
 *     input: ../alb-one-task.yml       # or inputs: [network.yml, service.yml], merged; or model: {...}
 *     params: {TaskCount: 1}
 *     expect:
 *       ecs-service-covers-its-azs: fail
 *       availability:5: {verdict: fail, entities: [az-1, az-2]}
 *     check: fail                      # what invar check says: {result, fail-on, allow-unknown}
 * </pre>
 *
 * Paths are relative to the test file's directory.
 */
public final class RuleTestReader {
    private static final List<String> TOP = List.of("rules", "params", "cases");
    private static final List<String> CASE = List.of("name", "input", "inputs", "model", "params", "expect", "check");
    private static final List<String> EXPECTATION = List.of("verdict", "entities");
    private static final List<String> CHECK = List.of("result", "fail-on", "allow-unknown");

    private final Path file;
    private final Path dir;
    private final YamlDocument yaml;
    private final List<String> problems = new ArrayList<>();

    private RuleTestReader(Path file) {
        this.file = file;
        Path parent = file.getParent();
        this.dir = parent == null ? Path.of("") : parent;
        this.yaml = YamlDocument.of(file.toString());
    }

    /** Reads and checks a test file; throws {@link RuleTestException} with every problem. */
    public static RuleTestFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleTestException(List.of(new SourcePosition(file.toString(), 0, 0)
                    .error("cannot read the test file: " + (e instanceof java.nio.file.NoSuchFileException
                            ? "no such file" : e.getMessage()))));
        }
        return new RuleTestReader(file).parse(text);
    }

    private RuleTestFile parse(String text) {
        Node root = YamlDocument.parse(file.toString(), text).orElseThrow(() -> new RuleTestException(List.of(
                new SourcePosition(file.toString(), 1, 1).error("the test file is empty; expected cases: [...]"))));
        if (!(root instanceof MappingNode top)) {
            throw new RuleTestException(List.of(yaml.at(root).error("a rule test file is a mapping with cases: [...], "
                    + "not " + YamlDocument.show(root))));
        }
        Map<String, NodeTuple> fields = fields(top, TOP, "a rule test file");
        int before = problems.size();
        List<Path> ruleFiles = ruleFiles(Optional.ofNullable(fields.get("rules")), top);
        RuleSet rules = problems.size() == before ? compile(ruleFiles, root) : null;
        Map<String, String> params = params(fields.get("params"));
        List<RuleTestCase> cases = new ArrayList<>();
        NodeTuple casesField = fields.get("cases");
        if (casesField == null) {
            problems.add(yaml.at(top).error("no cases: add cases: [{input: ..., expect: {RULE: VERDICT}}]"));
        } else if (!(casesField.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.add(yaml.at(casesField.getValueNode()).error("cases must be a list of cases, not "
                    + YamlDocument.show(casesField.getValueNode())));
        } else {
            for (int i = 0; i < list.getValue().size(); i++) {
                testCase(list.getValue().get(i), i + 1, params, rules).ifPresent(cases::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleTestException(problems);
        }
        return new RuleTestFile(file, ruleFiles, rules, cases);
    }

    /** The fields of a mapping by name; unknown and repeated names are problems. */
    private Map<String, NodeTuple> fields(MappingNode m, List<String> known, String what) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Optional<String> name = YamlDocument.text(t.getKeyNode());
            if (name.isEmpty()) {
                problems.add(yaml.at(t.getKeyNode()).error("a key of " + what + " must be a name"));
            } else if (!known.contains(name.get())) {
                problems.add(yaml.at(t.getKeyNode()).error("unknown field '" + name.get() + "' in " + what
                        + Suggestions.didYouMean(name.get(), known) + "; expected " + String.join(", ", known)));
            } else if (fields.putIfAbsent(name.get(), t) != null) {
                problems.add(yaml.at(t.getKeyNode()).error("'" + name.get() + "' is given twice in " + what));
            }
        }
        return fields;
    }

    private List<Path> ruleFiles(Optional<NodeTuple> field, Node root) {
        if (field.isEmpty()) {
            try (Stream<Path> files = Files.list(dir.toString().isEmpty() ? Path.of(".") : dir)) {
                List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".invar") && Files.isRegularFile(p))
                        .map(p -> dir.resolve(p.getFileName())).sorted().toList();
                if (found.isEmpty()) {
                    problems.add(yaml.at(root).error("no rules: there is no .invar file next to this file; "
                            + "name the rule files with rules: [FILE, ...]"));
                }
                return found;
            } catch (IOException e) {
                problems.add(yaml.at(root).error("cannot list the rule files of " + dir + ": " + e.getMessage()));
                return List.of();
            }
        }
        List<Path> paths = new ArrayList<>();
        for (Node n : scalarOrList(field.get().getValueNode(), "rules")) {
            YamlDocument.text(n).ifPresentOrElse(text -> {
                Path p = dir.resolve(text).normalize();
                if (Files.exists(p)) {
                    paths.add(p);
                } else {
                    problems.add(yaml.at(n).error("no rule file or directory " + p));
                }
            }, () -> problems.add(yaml.at(n).error("a rule file is a path, not " + YamlDocument.show(n))));
        }
        return paths;
    }

    private RuleSet compile(List<Path> ruleFiles, Node root) {
        RuleCompiler compiler = Invar.compiler();
        ruleFiles.forEach(compiler::path);
        CompileResult result = compiler.compile();
        if (!result.ok()) {
            result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).forEach(problems::add);
            if (result.diagnostics().stream().noneMatch(Diagnostic::isError)) {
                problems.add(yaml.at(root).error("the rules do not compile"));
            }
            return null;
        }
        return result.ruleSet();
    }

    private Map<String, String> params(NodeTuple field) {
        Map<String, String> params = new LinkedHashMap<>();
        if (field == null) {
            return params;
        }
        if (!(field.getValueNode() instanceof MappingNode m)) {
            problems.add(yaml.at(field.getValueNode()).error("params must be a mapping {NAME: VALUE}, not "
                    + YamlDocument.show(field.getValueNode())));
            return params;
        }
        for (NodeTuple t : m.getValue()) {
            Optional<String> name = YamlDocument.text(t.getKeyNode());
            Optional<String> value = YamlDocument.text(t.getValueNode());
            if (name.isEmpty() || value.isEmpty()) {
                problems.add(yaml.at(t.getKeyNode()).error("a param is NAME: VALUE, with a plain value"));
            } else {
                params.put(name.get(), value.get());
            }
        }
        return params;
    }

    private Optional<RuleTestCase> testCase(Node node, int number, Map<String, String> fileParams, RuleSet rules) {
        if (!(node instanceof MappingNode m)) {
            problems.add(yaml.at(node).error("a case is a mapping {name, input, expect}, not " + YamlDocument.show(node)));
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, NodeTuple> fields = fields(m, CASE, "a case");
        String name = Optional.ofNullable(fields.get("name")).flatMap(t -> YamlDocument.text(t.getValueNode()))
                .orElse("case " + number);
        List<CaseInput> inputs = inputs(m, fields);
        Map<String, String> params = new LinkedHashMap<>(fileParams);
        params.putAll(params(fields.get("params")));
        List<Expectation> expectations = new ArrayList<>();
        NodeTuple expect = fields.get("expect");
        Optional<CheckExpectation> check = Optional.ofNullable(fields.get("check")).flatMap(this::check);
        if (expect == null) {
            if (!fields.containsKey("check")) {
                problems.add(yaml.at(m).error("case '" + name + "' expects nothing: add expect: {RULE: VERDICT}"
                        + " or check: pass|fail"));
            }
        } else if (!(expect.getValueNode() instanceof MappingNode e)) {
            problems.add(yaml.at(expect.getValueNode()).error("expect must be a mapping {RULE: VERDICT}, not "
                    + YamlDocument.show(expect.getValueNode())));
        } else if (e.getValue().isEmpty()) {
            problems.add(yaml.at(e).error("expect names no rule: give {RULE: VERDICT}, or leave expect out and give"
                    + " check: pass|fail"));
        } else {
            for (NodeTuple t : e.getValue()) {
                expectation(t, rules).ifPresent(expectations::add);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RuleTestCase(name, yaml.at(m), inputs, params, expectations, check));
    }

    /** {@code check: pass|fail}, or {@code check: {result, fail-on, allow-unknown}}. */
    private Optional<CheckExpectation> check(NodeTuple t) {
        Node value = t.getValueNode();
        Node result = value;
        FindingPolicy policy = FindingPolicy.failingAt(Severity.LOW);
        if (value instanceof MappingNode m) {
            Map<String, NodeTuple> fields = fields(m, CHECK, "a check");
            if (!fields.containsKey("result")) {
                problems.add(yaml.at(m).error("a check {result, fail-on, allow-unknown} needs its result: pass or fail"));
                return Optional.empty();
            }
            result = fields.get("result").getValueNode();
            if (fields.containsKey("fail-on")) {
                Node level = fields.get("fail-on").getValueNode();
                Optional<FindingPolicy> threshold = YamlDocument.text(level).flatMap(FindingPolicy::failingOn);
                if (threshold.isEmpty()) {
                    problems.add(yaml.at(level).error("fail-on is one of " + String.join(", ", FindingPolicy.thresholdWords())
                            + ", not " + YamlDocument.show(level)));
                    return Optional.empty();
                }
                policy = threshold.get();
            }
            if (fields.containsKey("allow-unknown")) {
                Node allow = fields.get("allow-unknown").getValueNode();
                Optional<String> word = YamlDocument.text(allow).filter(w -> w.equals("true") || w.equals("false"));
                if (word.isEmpty()) {
                    problems.add(yaml.at(allow).error("allow-unknown is true or false, not " + YamlDocument.show(allow)));
                    return Optional.empty();
                }
                policy = policy.allowingUnknown(Boolean.parseBoolean(word.get()));
            }
        }
        Optional<String> word = YamlDocument.text(result).filter(w -> w.equals("pass") || w.equals("fail"));
        if (word.isEmpty()) {
            problems.add(yaml.at(result).error("a check's result is pass or fail, not " + YamlDocument.show(result)));
            return Optional.empty();
        }
        return Optional.of(new CheckExpectation(word.get().equals("fail"), policy, yaml.at(t.getKeyNode())));
    }

    private List<CaseInput> inputs(MappingNode m, Map<String, NodeTuple> fields) {
        List<NodeTuple> given = Stream.of("input", "inputs", "model").map(fields::get).filter(t -> t != null).toList();
        if (given.size() != 1) {
            problems.add(yaml.at(given.size() > 1 ? given.get(1).getKeyNode() : m).error(
                    "a case has exactly one of input: FILE, inputs: [FILE, ...] (merged into one model) or model: {...}"));
            return List.of();
        }
        NodeTuple t = given.get(0);
        String key = YamlDocument.text(t.getKeyNode()).orElseThrow();
        if (key.equals("model")) {
            try {
                return List.of(new CaseInput.Inline(InlineModel.read(yaml, t.getValueNode()), yaml.at(t.getValueNode())));
            } catch (RuleTestException e) {
                problems.addAll(e.problems());
                return List.of();
            }
        }
        if (key.equals("input") && !(t.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode)) {
            problems.add(yaml.at(t.getValueNode()).error("input is one path; use inputs: [...] for several"));
            return List.of();
        }
        List<CaseInput> inputs = new ArrayList<>();
        for (Node n : scalarOrList(t.getValueNode(), key)) {
            Optional<String> text = YamlDocument.text(n);
            if (text.isEmpty()) {
                problems.add(yaml.at(n).error("an input is a path, not " + YamlDocument.show(n)));
                continue;
            }
            Path p = dir.resolve(text.get()).normalize();
            if (!Files.exists(p)) {
                problems.add(yaml.at(n).error("no input " + p));
            } else {
                inputs.add(new CaseInput.File(p, yaml.at(n)));
            }
        }
        if (inputs.isEmpty() && problems.isEmpty()) {
            problems.add(yaml.at(t.getValueNode()).error(key + " names no file"));
        }
        return inputs;
    }

    private Optional<Expectation> expectation(NodeTuple t, RuleSet rules) {
        Optional<String> rule = YamlDocument.text(t.getKeyNode());
        if (rule.isEmpty()) {
            problems.add(yaml.at(t.getKeyNode()).error("an expectation is RULE-ID: VERDICT"));
            return Optional.empty();
        }
        SourcePosition at = yaml.at(t.getKeyNode());
        if (rules != null) {
            List<String> ids = rules.rules().stream().map(r -> r.rule().id()).toList();
            if (!ids.contains(rule.get())) {
                problems.add(at.error("no rule '" + rule.get() + "' in the rules of this file"
                        + Suggestions.didYouMean(rule.get(), ids)));
                return Optional.empty();
            }
        }
        Node value = t.getValueNode();
        Node verdictNode = value;
        Optional<SortedSet<String>> failing = Optional.empty();
        if (value instanceof MappingNode m) {
            Map<String, NodeTuple> fields = fields(m, EXPECTATION, "an expectation");
            if (!fields.containsKey("verdict")) {
                problems.add(yaml.at(m).error("an expectation {verdict, entities} needs its verdict"));
                return Optional.empty();
            }
            verdictNode = fields.get("verdict").getValueNode();
            if (fields.containsKey("entities")) {
                failing = Optional.of(entities(fields.get("entities").getValueNode()));
            }
        }
        Optional<Verdict> verdict = YamlDocument.text(verdictNode).flatMap(RuleTestReader::verdict);
        if (verdict.isEmpty()) {
            problems.add(yaml.at(verdictNode).error("expected a verdict: fail, pass, unknown or skip, not "
                    + YamlDocument.show(verdictNode)));
            return Optional.empty();
        }
        if (failing.isPresent() && verdict.get() != Verdict.FAIL) {
            problems.add(yaml.at(verdictNode).error("entities name what fails, so they go with verdict fail"));
            return Optional.empty();
        }
        return Optional.of(new Expectation(rule.get(), verdict.get(), failing, at));
    }

    private SortedSet<String> entities(Node node) {
        SortedSet<String> ids = new TreeSet<>();
        if (!(node instanceof SequenceNode list)) {
            problems.add(yaml.at(node).error("entities is a list of entity ids, not " + YamlDocument.show(node)));
            return ids;
        }
        for (Node n : list.getValue()) {
            YamlDocument.text(n).ifPresentOrElse(ids::add,
                    () -> problems.add(yaml.at(n).error("an entity id is plain text, not " + YamlDocument.show(n))));
        }
        return ids;
    }

    private static Optional<Verdict> verdict(String word) {
        return Stream.of(Verdict.values()).filter(v -> v.word().equals(word)).findFirst();
    }

    private List<Node> scalarOrList(Node node, String what) {
        if (node instanceof SequenceNode list) {
            if (list.getValue().isEmpty()) {
                problems.add(yaml.at(node).error(what + " is an empty list"));
            }
            return list.getValue();
        }
        if (node instanceof MappingNode) {
            problems.add(yaml.at(node).error(what + " is a path or a list of paths, not a mapping"));
            return List.of();
        }
        return List.of(node);
    }
}
