package org.invar.cloudformation.read;

/**
 * Bounds on what a template may make the reader do, so a hostile or broken file fails quickly
 * with a message instead of exhausting memory or the stack.
 *
 * @param maxChars longest file, in characters (YAML) or bytes (JSON); real templates are at most a few MB
 *                 (CloudFormation itself takes 1 MB from S3), the largest benchmark input is about 11 MB
 * @param maxDepth deepest nesting of sequences and mappings; real templates stay under 30, and the
 *                 resolver recurses once per level, so the bound also protects the stack
 * @param maxAliases most YAML aliases ({@code *name}) in one file
 * @param maxExpandedNodes most nodes the file may stand for once every alias is expanded: an alias
 *                 bomb is small on disk and explodes when walked
 * @param maxNestedStackDepth deepest chain of nested stacks (a parent, its child, the child's child, ...)
 */
public record ReadLimits(long maxChars, int maxDepth, int maxAliases, long maxExpandedNodes, int maxNestedStackDepth) {
    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 256, 10_000, 5_000_000L, 16);
}
