package org.invar.terraform.hcl.function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code jsondecode(str)}: objects as objects, arrays as tuples, numbers exactly as written.
 * Text that is not one JSON value is an error that says where.
 */
final class JsonDecode extends BaseFunction {
    private static final JsonFactory JSON = new JsonFactory();
    /** Deeper nesting than this is refused: the value would be too deep to evaluate anyway. */
    private static final int MAX_DEPTH = 400;

    JsonDecode() {
        super("jsondecode", Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        try (JsonParser p = JSON.createParser(text(args.get(0)))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new FunctionException(0, "EOF");
            }
            Value v = value(p, t, 0);
            if (p.nextToken() != null) {
                throw new FunctionException(0, "extraneous data after JSON object at column "
                        + p.currentLocation().getColumnNr());
            }
            return v;
        } catch (JsonParseException e) {
            throw new FunctionException(0, "invalid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new FunctionException(0, "invalid JSON: " + e.getMessage());
        }
    }

    private static Value value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new FunctionException(0, "the JSON nests more than " + MAX_DEPTH + " deep");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Value> out = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    out.put(name, value(p, p.nextToken(), depth + 1));
                }
                return new Value.Obj(out);
            }
            case START_ARRAY -> {
                List<Value> out = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    out.add(value(p, n, depth + 1));
                }
                return list(out);
            }
            case VALUE_STRING -> {
                return str(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Value.Num(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Value.Bool(t == JsonToken.VALUE_TRUE);
            }
            default -> {
                return Value.NULL;
            }
        }
    }
}
