// HCL native syntax (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): the structure.
// Operator precedence, lowest first: ?: || && ==,!= <,>,<=,>= +,- *,/,% and unary !,-.
parser grammar HclParser;

options { tokenVocab = HclLexer; }

configFile : body EOF ;

// a template file (templatefile) or string (templatestring): the lexer starts it in heredoc mode
templateFile : templatePart* EOF ;

body : (attribute | block | NL)* ;

attribute : name ASSIGN expression ;

block : name label* LBRACE body RBRACE ;

label : name | OQUOTE TEMPLATE_LITERAL? CQUOTE ;

name : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR ;

expression : orExpr (QUESTION expression COLON expression)? ;

orExpr : andExpr (OR andExpr)* ;
andExpr : eqExpr (AND eqExpr)* ;
eqExpr : cmpExpr ((EQ | NEQ) cmpExpr)* ;
cmpExpr : addExpr ((LT | GT | LE | GE) addExpr)* ;
addExpr : mulExpr ((PLUS | MINUS) mulExpr)* ;
mulExpr : unary ((STAR | SLASH | PERCENT) unary)* ;
unary : (NOT | MINUS) unary | postfix ;

postfix : primary postfixOp* ;

postfixOp
    : DOT name                          # getAttr
    | DOT NUMBER                        # legacyIndex
    | LBRACK expression RBRACK          # index
    | DOT STAR                          # attrSplat
    | LBRACK STAR RBRACK                # fullSplat
    ;

primary
    : NUMBER                                                        # number
    | name (COLON COLON name)* LPAREN arguments? RPAREN              # call
    | name                                                          # variable
    | OQUOTE templatePart* CQUOTE                                   # quoted
    | HEREDOC_START templatePart* HEREDOC_END                       # heredoc
    | LBRACK FOR forIntro expression (IF expression)? RBRACK        # forTuple
    | LBRACE NL* FOR forIntro expression ARROW expression ELLIPSIS? (IF expression)? NL* RBRACE # forObject
    | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK        # tuple
    | LBRACE NL* (objectItem ((COMMA NL* | NL+) objectItem)* (COMMA NL* | NL+)?)? RBRACE # object
    | LPAREN expression RPAREN                                      # parens
    ;

forIntro : name (COMMA name)? IN expression COLON ;

arguments : expression (COMMA expression)* (COMMA | ELLIPSIS)? ;

objectItem : expression (ASSIGN | COLON) expression ;

// literal text, ${ interpolations } and %{ directives }; a ~ by a brace strips the white space beside it
templatePart
    : (TEMPLATE_LITERAL | H_LITERAL | H_NL)                                          # literalPart
    | INTERP expression TILDE? INTERP_END                                             # interpolation
    | DIRECTIVE IF expression TILDE? DIRECTIVE_END thenParts=templateParts
      (DIRECTIVE ELSE TILDE? DIRECTIVE_END elseParts=templateParts)?
      DIRECTIVE ENDIF TILDE? DIRECTIVE_END                                            # ifDirective
    | DIRECTIVE FOR name (COMMA name)? IN expression TILDE? DIRECTIVE_END templateParts
      DIRECTIVE ENDFOR TILDE? DIRECTIVE_END                                           # forDirective
    ;

templateParts : templatePart* ;
