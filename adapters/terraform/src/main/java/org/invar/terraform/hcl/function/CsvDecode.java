package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code csvdecode(str)}: RFC 4180 CSV, the first line naming the columns, as Go's encoding/csv
 * reads it: a list of objects of strings, one per further line; every line must have as many
 * fields as the first.
 */
final class CsvDecode extends BaseFunction {
    CsvDecode() {
        super("csvdecode", Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        List<List<String>> records = records(text(args.get(0)));
        if (records.isEmpty()) {
            throw new FunctionException(0, "missing header line");
        }
        List<String> header = records.get(0);
        List<Value> out = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() != header.size()) {
                throw new FunctionException(0, "record on line " + (r + 1) + ": wrong number of fields");
            }
            Map<String, Value> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), str(record.get(i)));
            }
            out.add(new Value.Obj(row));
        }
        return list(out);
    }

    private static List<List<String>> records(String s) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < s.length()) {
            if (s.charAt(i) == '\n' || s.startsWith("\r\n", i)) {
                i += s.charAt(i) == '\n' ? 1 : 2; // blank lines are skipped
                line++;
                continue;
            }
            List<String> record = new ArrayList<>();
            while (true) {
                StringBuilder field = new StringBuilder();
                if (i < s.length() && s.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= s.length()) {
                            throw new FunctionException(0, "record on line " + line + ": extraneous or missing \" in quoted-field");
                        }
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && !s.startsWith("\r\n", i)) {
                        throw new FunctionException(0, "record on line " + line + ": extraneous or missing \" in quoted-field");
                    }
                } else {
                    while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && !s.startsWith("\r\n", i)) {
                        if (s.charAt(i) == '"') {
                            throw new FunctionException(0, "record on line " + line + ": bare \" in non-quoted-field");
                        }
                        field.append(s.charAt(i++));
                    }
                }
                record.add(field.toString());
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                break;
            }
            out.add(record);
        }
        return out;
    }
}
