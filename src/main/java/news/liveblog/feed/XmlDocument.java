package news.liveblog.feed;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document for other programs (the Atom feed, the sitemap), written with a streaming XML writer so
 * that every text is escaped and the document is always well-formed.
 */
final class XmlDocument {

	private XmlDocument() {
	}

	/** What goes inside the root element. */
	@FunctionalInterface
	interface Content {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	/**
	 * @param what what the document is, to say what could not be written
	 */
	static String write(String root, String namespace, String what, Content content) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(namespace);
			content.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write " + what, ex);
		}
		return out.toString();
	}

	static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(xmlSafe(value));
		xml.writeEndElement();
	}

	/**
	 * The text with each character XML 1.0 cannot hold (control characters other than tab and line breaks,
	 * U+FFFE, U+FFFF) replaced by U+FFFD. The forms refuse only NUL, and the XML writer escapes markup but
	 * writes these as they are: one such entry would make the whole feed unreadable to every feed reader.
	 */
	static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF') || c == '\t' || c == '\n' || c == '\r';
			safe.append(allowed ? c : '\uFFFD');
		}
		return safe.toString();
	}

}
