package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * {@code Fn::Sub}, as a string or {@code [string, {Var: value}]}: {@code ${Var}} is a variable
 * of the map, a pseudo parameter, a parameter or a resource ({@code Ref}); {@code ${Res.Attr}} is
 * {@code Fn::GetAtt}; {@code ${!Literal}} is the text {@code ${Literal}}.
 */
final class SubFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        Node template;
        Node.Mapping vars = null;
        if (arg instanceof Node.Sequence) {
            List<Node> args = Args.list(r.scope(), arg, "Fn::Sub", 2, 2);
            template = args.get(0);
            if (!(args.get(1) instanceof Node.Mapping m)) {
                throw r.error(args.get(1).pos(), "the variables of Fn::Sub must be a mapping");
            }
            vars = m;
        } else {
            template = arg;
        }
        if (!(template instanceof Node.Scalar s) || s.isNull()) {
            throw r.error(template.pos(), "Fn::Sub takes a string");
        }
        return substitute(r, s.text(), vars, template.pos());
    }

    private static Val substitute(Resolver r, String text, Node.Mapping vars, Pos pos) {
        List<Val.Part> parts = new ArrayList<>();
        Map<String, Val> resolved = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                parts.add(new Val.Part.Lit(text.substring(i)));
                break;
            }
            parts.add(new Val.Part.Lit(text.substring(i, open)));
            String name = text.substring(open + 2, close);
            if (name.startsWith("!")) {
                parts.add(new Val.Part.Lit("${" + name.substring(1) + "}"));
            } else {
                Val v = resolved.computeIfAbsent(name.strip(), n -> variable(r, n, vars, pos));
                List<Val.Part> p = Texts.parts(v);
                if (p == null) {
                    throw r.error(pos, "Fn::Sub variable ${" + name + "} is not a string");
                }
                parts.addAll(p);
            }
            i = close + 1;
        }
        return new Val.Str(parts);
    }

    private static Val variable(Resolver r, String name, Node.Mapping vars, Pos pos) {
        if (vars != null) {
            Node.Entry e = vars.entries().get(name);
            if (e != null) {
                return r.resolve(e.value());
            }
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::") && r.scope().template().resources().containsKey(name.substring(0, dot))) {
            return GetAttFunction.getAtt(r, name.substring(0, dot), name.substring(dot + 1), pos);
        }
        return RefFunction.ref(r, name, pos);
    }
}
