// HCL native syntax (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): the tokens.
//
// Newlines end attributes and separate object items, except inside ( ) and [ ] and template
// interpolations, where they are whitespace; the lexer keeps a stack of open brackets to tell.
// Quoted strings and heredocs are templates: literal parts and ${ } interpolations, lexed in
// their own modes. Comments go to the hidden channel, where suppression comments are read.
lexer grammar HclLexer;

tokens { INTERP_END, DIRECTIVE_END }

@lexer::members {
    private final java.util.ArrayDeque<Character> nesting = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<String> heredocs = new java.util.ArrayDeque<>();
    private boolean lineStart;
    /** Where the last quoted string started, for an error about one left open. */
    public int quoteLine;
    public int quoteColumn;

    private void open(char c) {
        nesting.push(c);
    }

    /** Closes a bracket; a brace that closes a template interpolation or directive returns to the template. */
    private void closeBrace() {
        Character top = nesting.poll();
        if (top != null && (top == '$' || top == '%')) {
            setType(top == '$' ? INTERP_END : DIRECTIVE_END);
            popMode();
        }
    }

    private void close() {
        nesting.poll();
    }

    private boolean newlinesIgnored() {
        Character top = nesting.peek();
        return top != null && top != '{';
    }

    private void startHeredoc() {
        String text = getText();
        String marker = text.substring(text.startsWith("<<-") ? 3 : 2).trim();
        heredocs.push(marker);
        lineStart = true;
    }

    private boolean atHeredocEnd() {
        String line = _input.getText(org.antlr.v4.runtime.misc.Interval.of(_tokenStartCharIndex, _input.index() - 1));
        int next = _input.LA(1);
        return lineStart && !heredocs.isEmpty() && line.trim().equals(heredocs.peek())
                && (next == '\n' || next == '\r' || next == org.antlr.v4.runtime.IntStream.EOF);
    }
}

LBRACE   : '{' { open('{'); };
RBRACE   : '}' { closeBrace(); };
LPAREN   : '(' { open('('); };
RPAREN   : ')' { close(); };
LBRACK   : '[' { open('['); };
RBRACK   : ']' { close(); };

FOR      : 'for';
IN       : 'in';
IF       : 'if';
ELSE     : 'else';
ENDIF    : 'endif';
ENDFOR   : 'endfor';
TILDE    : '~';

ARROW    : '=>';
EQ       : '==';
NEQ      : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
AND      : '&&';
OR       : '||';
NOT      : '!';
ASSIGN   : '=';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
QUESTION : '?';
ELLIPSIS : '...';
DOT      : '.';
COMMA    : ',';
COLON    : ':';

NUMBER   : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?;
IDENT    : [\p{L}_] [\p{L}\p{N}_-]*;

OQUOTE   : '"' { quoteLine = _tokenStartLine; quoteColumn = _tokenStartCharPositionInLine; pushMode(TEMPLATE); };
HEREDOC_START : '<<' '-'? [\p{L}_] [\p{L}\p{N}_-]* [ \t]* '\r'? '\n' { startHeredoc(); pushMode(HEREDOC); };

NL       : '\r'? '\n' { if (newlinesIgnored()) skip(); };
COMMENT  : ('#' | '//') ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
WS       : [ \t\f]+ -> skip;
UNEXPECTED : . ;

mode TEMPLATE;
INTERP     : '${' '~'? { open('$'); pushMode(DEFAULT_MODE); };
DIRECTIVE  : '%{' '~'? { open('%'); pushMode(DEFAULT_MODE); };
TEMPLATE_LITERAL : ( ~["\\$%\r\n] | '\\' ~[\r\n] | '$$' | '%%' | '$' { _input.LA(1) != '{' }? | '%' { _input.LA(1) != '{' }? )+ ;
CQUOTE     : '"' -> popMode;
UNTERMINATED : '\r'? '\n' ;

mode HEREDOC;
HEREDOC_END : [ \t]* [\p{L}_] [\p{L}\p{N}_-]* [ \t]* { atHeredocEnd() }? { heredocs.pop(); popMode(); };
H_INTERP   : '${' '~'? { open('$'); lineStart = false; setType(INTERP); pushMode(DEFAULT_MODE); };
H_DIRECTIVE : '%{' '~'? { open('%'); lineStart = false; setType(DIRECTIVE); pushMode(DEFAULT_MODE); };
H_NL       : '\r'? '\n' { lineStart = true; };
H_LITERAL  : ( ~[$%\r\n] | '$$' | '%%' | '$' { _input.LA(1) != '{' }? | '%' { _input.LA(1) != '{' }? )+ { lineStart = false; };
