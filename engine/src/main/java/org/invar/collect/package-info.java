/**
 * Compact immutable collections for what large inputs and reports hold by the hundred thousand:
 * {@link org.invar.collect.ArrayMap}, a small ordered map in two arrays.
 */
package org.invar.collect;
