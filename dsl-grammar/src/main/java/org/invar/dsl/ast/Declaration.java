package org.invar.dsl.ast;

/** What a rule file declares at its top level. */
public sealed interface Declaration extends Node permits Import, Param, Rule {
}
