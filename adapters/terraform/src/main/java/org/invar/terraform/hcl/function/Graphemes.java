package org.invar.terraform.hcl.function;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of a string as Terraform counts them: user-perceived characters (grapheme
 * clusters) of its NFC form, so {@code "e\u0301"} is one, as {@code length}, {@code substr} and
 * {@code strrev} see it.
 */
final class Graphemes {
    private Graphemes() {
    }

    static List<String> of(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        BreakIterator it = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        it.setText(nfc);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(nfc.substring(start, end));
        }
        return out;
    }
}
