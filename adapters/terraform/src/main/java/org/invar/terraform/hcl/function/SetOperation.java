package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Sets;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code setunion(first_set, other_sets...)}, {@code setintersection(first_set, other_sets...)}
 * and {@code setsubtract(a, b)}: of sets (lists convert), a set in set order, its elements of the
 * one type they all unify to. With an unknown element, which are in the result is not known.
 */
final class SetOperation extends BaseFunction {
    private enum Kind { UNION, INTERSECTION, SUBTRACT }

    private static final Type SET = new Type.SetOf(Type.ANY);
    private final Kind kind;

    private SetOperation(Kind kind, String name, List<Param> params, Param variadic) {
        super(name, params, variadic);
        this.kind = kind;
    }

    static SetOperation union() {
        return new SetOperation(Kind.UNION, "setunion", List.of(Param.of("first_set", SET)), Param.of("other_sets", SET));
    }

    static SetOperation intersection() {
        return new SetOperation(Kind.INTERSECTION, "setintersection", List.of(Param.of("first_set", SET)),
                Param.of("other_sets", SET));
    }

    static SetOperation subtract() {
        return new SetOperation(Kind.SUBTRACT, "setsubtract", List.of(Param.of("a", SET), Param.of("b", SET)), null);
    }

    @Override
    public Value apply(List<Value> args) {
        Value unknown = unknownIn(args.toArray(Value[]::new));
        if (unknown != null) {
            return unknown;
        }
        List<Value> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Value a : args) {
            all.addAll(items(a));
            sizes.add(items(a).size());
        }
        List<Value> same = unified(all);
        if (same == null) {
            throw new FunctionException("given sets must all have compatible element types");
        }
        List<List<Value>> sets = new ArrayList<>();
        int at = 0;
        for (int size : sizes) {
            sets.add(same.subList(at, at + size));
            at += size;
        }
        List<Value> out = new ArrayList<>();
        switch (kind) {
            case UNION -> sets.forEach(out::addAll);
            case INTERSECTION -> {
                for (Value v : sets.get(0)) {
                    if (sets.stream().allMatch(s -> s.stream().anyMatch(x -> Values.same(x, v)))) {
                        out.add(v);
                    }
                }
            }
            case SUBTRACT -> {
                for (Value v : sets.get(0)) {
                    if (sets.get(1).stream().noneMatch(x -> Values.same(x, v))) {
                        out.add(v);
                    }
                }
            }
        }
        return Sets.of(out);
    }
}
