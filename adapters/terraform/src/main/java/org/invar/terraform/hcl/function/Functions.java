package org.invar.terraform.hcl.function;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The functions the evaluator knows, by name. */
public final class Functions {
    private final Map<String, HclFunction> byName = new TreeMap<>();

    private Functions(List<HclFunction> functions) {
        functions.forEach(f -> byName.put(f.name(), f));
    }

    /** Terraform's functions, file functions reading relative paths from the working directory. */
    public static Functions standard() {
        return standard(Path.of("."));
    }

    /** Terraform's functions, file functions reading relative paths from {@code base} (the root module's directory). */
    public static Functions standard(Path base) {
        List<HclFunction> all = new ArrayList<>(List.of(
                // numbers
                new Abs(), Rounding.ceil(), Rounding.floor(), FloatMath.log(), FloatMath.pow(), MinMax.min(),
                MinMax.max(), new ParseInt(), new Signum(), new Sum(),
                // strings
                Trim.chomp(), StringTest.endsWith(), new Format(), new FormatList(), new Indent(), new Join(),
                Template.string(), CaseChange.lower(), Regex.first(), Regex.all(), new Replace(), new Split(), StringTest.startsWith(),
                StringTest.contains(), new StrRev(), new Substr(), new Title(), Trim.cutset(), Trim.prefix(),
                Trim.suffix(), Trim.space(), CaseChange.upper(),
                // collections
                AllAnyTrue.all(), AllAnyTrue.any(), new Chunklist(), new Coalesce(), new CoalesceList(),
                new Compact(), new Concat(), new Contains(), new Distinct(), new Element(), new Flatten(), new Index(),
                Keys.keys(), new Length(), Removed.list(), new Lookup(), Removed.map(), new Matchkeys(), new Merge(),
                new One(), new Range(), new Reverse(), SetOperation.intersection(), new SetProduct(),
                SetOperation.subtract(), SetOperation.union(), new Slice(), new Sort(), new Transpose(),
                Keys.values(), new Zipmap(),
                // encoding
                Base64Codec.decode(), Base64Codec.encode(), new CsvDecode(), new JsonDecode(), new JsonEncode(),
                TextBase64.decode(), TextBase64.encode(), new UrlEncode(), new YamlDecode(), new YamlEncode(),
                new Base64Gzip(),
                // time
                new FormatDate(), new TimeAdd(), new TimeCmp(),
                // hashes and ids
                new UuidV5(), new RsaDecrypt(),
                // networks
                new CidrHost(), new CidrNetmask(), new CidrSubnet(), new CidrSubnets(),
                // types and errors
                new Can(), new Try()));
        all.addAll(Conversion.all());
        all.addAll(Sensitivity.all());
        all.addAll(Hash.all());
        all.addAll(Impure.all());
        all.addAll(PathName.all());
        all.addAll(Files.all(base));
        all.add(new FileSet(base));
        all.add(Template.file(base));
        return new Functions(all);
    }

    /** The same functions, but for templatefile and templatestring, which are errors inside a template. */
    public Functions insideTemplates() {
        List<HclFunction> all = new ArrayList<>();
        byName.values().forEach(f -> all.add(f instanceof Template t ? t.insideTemplate() : f));
        return new Functions(all);
    }

    public Optional<HclFunction> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
