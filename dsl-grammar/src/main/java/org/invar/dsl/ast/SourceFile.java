package org.invar.dsl.ast;

import java.util.List;

/** One parsed rule file: its name and its declarations in the order they were written. */
public record SourceFile(String name, List<Declaration> declarations) {
    public SourceFile {
        declarations = List.copyOf(declarations);
    }

    public List<Rule> rules() {
        return only(Rule.class);
    }

    public List<Param> params() {
        return only(Param.class);
    }

    public List<Import> imports() {
        return only(Import.class);
    }

    private <T extends Declaration> List<T> only(Class<T> type) {
        return declarations.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
