// HCL native syntax (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): the tokens.
//
// Newlines end attributes and separate object items, except inside ( ) and [ ], template
// interpolations and for expressions ({ for ... } as well as [ for ... ]), where they are white
// space, as in HCL's parser; the lexer keeps a stack of open brackets to tell.
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

    /**
     * Whether the brace just read opens a for expression: HCL's parser looks past newlines for the
     * keyword for, and then reads the whole expression with newlines as white space. An attribute
     * or block named for is not followed by a name and in, so it is told apart.
     */
    private boolean forExpressionFollows() {
        int i = skipBlank(1);
        if (!word(i, "for")) {
            return false;
        }
        i = skipBlank(i + 3);
        int end = identEnd(i);
        if (end == i) {
            return false;
        }
        i = skipBlank(end);
        if (_input.LA(i) == ',') {
            i = skipBlank(i + 1);
            end = identEnd(i);
            if (end == i) {
                return false;
            }
            i = skipBlank(end);
        }
        return word(i, "in");
    }

    /** The offset of the next character after white space, newlines and comments from offset i. */
    private int skipBlank(int i) {
        while (true) {
            int c = _input.LA(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
                i++;
            } else if (c == '#' || (c == '/' && _input.LA(i + 1) == '/')) {
                while (_input.LA(i) != '\n' && _input.LA(i) != org.antlr.v4.runtime.IntStream.EOF) {
                    i++;
                }
            } else if (c == '/' && _input.LA(i + 1) == '*') {
                i += 2;
                while (!(_input.LA(i) == '*' && _input.LA(i + 1) == '/')) {
                    if (_input.LA(i) == org.antlr.v4.runtime.IntStream.EOF) {
                        return i;
                    }
                    i++;
                }
                i += 2;
            } else {
                return i;
            }
        }
    }

    private boolean word(int i, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (_input.LA(i + k) != w.charAt(k)) {
                return false;
            }
        }
        return identEnd(i + w.length()) == i + w.length();
    }

    /** The offset after the name starting at offset i (i itself when none starts there). */
    private int identEnd(int i) {
        int c = _input.LA(i);
        if (c == org.antlr.v4.runtime.IntStream.EOF || !(Character.isLetter(c) || c == '_')) {
            return i;
        }
        while (true) {
            c = _input.LA(i);
            if (c == org.antlr.v4.runtime.IntStream.EOF || !(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return i;
            }
            i++;
        }
    }

    /** Reads the whole text as a template, as the body of a heredoc that no line ends. */
    public void startTemplate() {
        heredocs.push("\u0000");
        lineStart = true;
        pushMode(HEREDOC);
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

LBRACE   : '{' { open(forExpressionFollows() ? 'f' : '{'); };
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
