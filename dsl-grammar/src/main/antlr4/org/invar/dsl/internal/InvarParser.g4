// The invar rule language: the parser. The generated parser is internal: AstBuilder turns its
// trees into the immutable AST of org.invar.dsl.ast, and AntlrFrontEnd is the only class that drives it.
parser grammar InvarParser;

options { tokenVocab = InvarLexer; }

file
    : declaration* EOF
    ;

// A lone expression, such as a {placeholder} of a rule's message.
standaloneExpr
    : expr EOF
    ;

declaration
    : importDecl
    | paramDecl
    | ruleDecl
    | quantified          // a bare invariant is a rule whose id is derived from its file and line
    ;

importDecl
    : IMPORT STRING
    ;

paramDecl
    : PARAM identifier '=' literal
    ;

ruleDecl
    : RULE RULE_ID '{' meta* ASSERT quantified '}'
    ;

meta
    : SEVERITY identifier                          # severityMeta
    | TITLE STRING                                 # titleMeta
    | MESSAGE STRING                               # messageMeta
    | DOCS STRING                                  # docsMeta
    | TAGS '[' (tag (',' tag)*)? ']'               # tagsMeta
    | UNSUPPRESSIBLE                               # unsuppressibleMeta
    ;

tag
    : STRING
    | tagWord ('-' tagWord)*
    ;

tagWord
    : identifier
    | INT
    ;

// `every K as x with W has H`. At the top level the path is one kind; nested, a relation path.
// W and H run as far right as the text goes, so the grammar gives a 'has' to the nearest
// quantifier. A 'has' after a quantifier nested, without parentheses, in the 'with' of another
// could be either one's claim: HasGrouping reports it with both readings. A 'with' is never in
// doubt: it can only follow the range of its own quantifier.
quantified
    : quantifier path (AS identifier)? ((WITH | WHERE) filter=expr)? (HAS claim=expr)?
    ;

quantifier
    : EVERY                                        # everyQuantifier
    | NO                                           # noQuantifier
    | SOME                                         # someQuantifier
    | AT LEAST INT                                 # atLeastQuantifier
    | AT MOST INT                                  # atMostQuantifier
    | EXACTLY INT                                  # exactlyQuantifier
    ;

// One expression grammar for conditions and values; the type checker tells them apart.
// Alternatives are listed from the tightest binding to the loosest.
expr
    : '(' expr ')'                                 # parenExpr
    | literal                                      # literalExpr
    | aggregate                                    # aggregateExpr
    | path                                         # pathExpr
    | left=expr op=('*' | '/') right=expr          # arithmeticExpr
    | left=expr op=('+' | '-') right=expr          # arithmeticExpr
    | expr IS test=identifier                      # isExpr
    | left=expr comparison right=expr              # compareExpr
    | NOT expr                                     # notExpr
    | left=expr AND right=expr                     # andExpr
    | left=expr OR right=expr                      # orExpr
    | quantified                                   # nestedExpr
    ;

comparison
    : '==' | '!=' | '<' | '<=' | '>' | '>=' | IN | NOT IN | CONTAINS | MATCHES
    ;

aggregate
    : function=identifier '(' DISTINCT? path (WHERE filter=expr)? ')'
    ;

path
    : identifier ('.' identifier)*
    ;

literal
    : '-'? INT                                     # intLiteral
    | '-'? DECIMAL                                 # decimalLiteral
    | STRING                                       # stringLiteral
    | TRUE                                         # trueLiteral
    | FALSE                                        # falseLiteral
    | '[' (literal (',' literal)*)? ']'            # listLiteral
    ;

// Words that are keywords only where they stand: they may still name attributes and params.
identifier
    : NAME
    | SEVERITY | TITLE | MESSAGE | DOCS | TAGS | UNSUPPRESSIBLE | DISTINCT
    ;

