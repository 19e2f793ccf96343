package org.invar.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML read back with the JDK's DOM parser. */
final class JunitXml {
    private JunitXml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The test case of a rule; fails when there is not exactly one. */
    static Element testCase(Document xml, String rule) {
        NodeList cases = xml.getElementsByTagName("testcase");
        Element found = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(rule)) {
                if (found != null) {
                    throw new AssertionError("two test cases named " + rule);
                }
                found = c;
            }
        }
        if (found == null) {
            throw new AssertionError("no test case named " + rule);
        }
        return found;
    }
}
