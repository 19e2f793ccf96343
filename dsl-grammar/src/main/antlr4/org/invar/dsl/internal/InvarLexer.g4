// The invar rule language: the tokens.
lexer grammar InvarLexer;

IMPORT    : 'import';
PARAM     : 'param';
RULE      : 'rule' -> pushMode(RULE_NAME);
ASSERT    : 'assert';
EVERY     : 'every';
NO        : 'no';
SOME      : 'some';
AT        : 'at';
LEAST     : 'least';
MOST      : 'most';
EXACTLY   : 'exactly';
AS        : 'as';
WITH      : 'with';
WHERE     : 'where';
HAS       : 'has';
AND       : 'and';
OR        : 'or';
NOT       : 'not';
IN        : 'in';
CONTAINS  : 'contains';
MATCHES   : 'matches';
IS        : 'is';
TRUE      : 'true';
FALSE     : 'false';

SEVERITY       : 'severity';
TITLE          : 'title';
MESSAGE        : 'message';
DOCS           : 'docs';
TAGS           : 'tags';
UNSUPPRESSIBLE : 'unsuppressible';
DISTINCT       : 'distinct';

EQ     : '==';
NE     : '!=';
LE     : '<=';
GE     : '>=';
LT     : '<';
GT     : '>';
PLUS   : '+';
MINUS  : '-';
STAR   : '*';
SLASH  : '/';
ASSIGN : '=';
LPAREN : '(';
RPAREN : ')';
LBRACE : '{';
RBRACE : '}';
LBRACK : '[';
RBRACK : ']';
COMMA  : ',';
DOT    : '.';

DECIMAL : [0-9]+ '.' [0-9]+;
INT     : [0-9]+;
NAME    : [a-zA-Z_] [a-zA-Z0-9_]*;
STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;

LINE_COMMENT : ('#' | '//') ~[\r\n]* -> channel(HIDDEN);
WS           : [ \t\r\n\f]+ -> channel(HIDDEN);

// Any character the language has no use for; the parser reports it where it stands.
UNEXPECTED_CHAR : .;

// After 'rule' comes an id that may hold hyphens and dots (ecs-service-covers-its-azs).
mode RULE_NAME;
RULE_NAME_WS      : [ \t\r\n\f]+ -> channel(HIDDEN);
RULE_NAME_COMMENT : ('#' | '//') ~[\r\n]* -> channel(HIDDEN);
RULE_ID           : [a-zA-Z_] [a-zA-Z0-9_.\-]* -> popMode;
RULE_NAME_OTHER   : . -> type(UNEXPECTED_CHAR), popMode;
