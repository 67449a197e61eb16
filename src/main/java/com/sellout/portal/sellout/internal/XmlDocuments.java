package com.sellout.portal.sellout.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the documents of a 1C exchange file with StAX, DTDs and external entities off
 * (a file with a DOCTYPE is refused: XXE and entity expansion never start). Each document
 * comes as its fields by path relative to it ("Контрагент/ИНН", "БазоваяЕдиница@Код") and
 * its repeated records (rows, parties), each with fields by path relative to the record.
 * Memory holds one document at a time. Each element costs the same whatever the file: its
 * path is its parent's plus its name, never rebuilt from the root, and nesting deeper
 * than {@link #MAX_DEPTH} levels (no 1C format comes near it; a file of nested elements
 * would only cost time) refuses the file.
 */
final class XmlDocuments {

	/**
	 * Levels of elements, the root counted: EnterpriseData's deepest value is about ten
	 * levels down.
	 */
	static final int MAX_DEPTH = 64;

	private static final XMLInputFactory FACTORY = factory();

	private XmlDocuments() {
	}

	/**
	 * One document: its own fields (first value per path) and its records by their path.
	 */
	record Document(String name, Map<String, String> fields, Map<String, List<Map<String, String>>> records) {

		Optional<String> field(String... paths) {
			for (String path : paths) {
				String value = fields.get(path);
				if (value != null && !value.isBlank()) {
					return Optional.of(value.strip());
				}
			}
			return Optional.empty();
		}

		List<Map<String, String>> records(String path) {
			return records.getOrDefault(path, List.of());
		}

	}

	static String first(Map<String, String> record, String... paths) {
		for (String path : paths) {
			String value = record.get(path);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	/** The local name of the root element, refusing DTDs. */
	static String rootName(byte[] content) {
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
			try {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD) {
						throw new RefusedFileException("sellout.rejected.xmlDtd", "XML with a DOCTYPE is refused");
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						return reader.getLocalName();
					}
				}
				throw new RefusedFileException("sellout.rejected.badXml", "XML without a root element");
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new RefusedFileException("sellout.rejected.badXml", "Malformed XML: " + ex.getMessage(), ex,
					location(ex));
		}
	}

	/**
	 * @param isDocument which element names are documents (found at any depth)
	 * @param recordPaths the paths, relative to a document, of its repeated records
	 */
	static void read(byte[] content, Predicate<String> isDocument, Set<String> recordPaths,
			Consumer<Document> documents) {
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
			try {
				stream(reader, isDocument, recordPaths, documents);
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new RefusedFileException("sellout.rejected.badXml", "Malformed XML: " + ex.getMessage(), ex,
					location(ex));
		}
	}

	private static void stream(XMLStreamReader reader, Predicate<String> isDocument, Set<String> recordPaths,
			Consumer<Document> documents) throws XMLStreamException {
		int depth = 0;
		// the path of each open element inside the document, relative to it ("" for the
		// document itself)
		Deque<String> paths = new ArrayDeque<>();
		String documentName = null;
		int documentDepth = -1;
		Map<String, String> fields = null;
		Map<String, List<Map<String, String>>> records = null;
		Map<String, String> record = null;
		String recordPath = null;
		StringBuilder text = new StringBuilder();
		while (reader.hasNext()) {
			int event = reader.next();
			switch (event) {
				case XMLStreamConstants.DTD ->
					throw new RefusedFileException("sellout.rejected.xmlDtd", "XML with a DOCTYPE is refused");
				case XMLStreamConstants.START_ELEMENT -> {
					if (++depth > MAX_DEPTH) {
						throw new RefusedFileException("sellout.rejected.xmlTooDeep", "XML nested deeper than "
								+ MAX_DEPTH + " levels (line " + reader.getLocation().getLineNumber() + ")", MAX_DEPTH);
					}
					String name = reader.getLocalName();
					text.setLength(0);
					if (documentName == null) {
						if (isDocument.test(name)) {
							documentName = name;
							documentDepth = depth;
							fields = new HashMap<>();
							records = new HashMap<>();
							paths.push("");
						}
						continue;
					}
					String parent = paths.peek();
					String relative = parent.isEmpty() ? name : parent + "/" + name;
					paths.push(relative);
					if (record == null && recordPaths.contains(relative)) {
						record = new HashMap<>();
						recordPath = relative;
						records.computeIfAbsent(relative, key -> new ArrayList<>()).add(record);
					}
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						String key = (record != null ? relativeTo(relative, recordPath) : relative) + "@"
								+ reader.getAttributeLocalName(i);
						(record != null ? record : fields).putIfAbsent(key, reader.getAttributeValue(i));
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
				case XMLStreamConstants.END_ELEMENT -> {
					if (documentName != null && depth == documentDepth) {
						documents.accept(new Document(documentName, fields, records));
						documentName = null;
						fields = null;
						records = null;
						paths.clear();
					}
					else if (documentName != null) {
						String relative = paths.pop();
						String value = text.toString().strip();
						if (record != null && relative.equals(recordPath)) {
							record = null;
							recordPath = null;
						}
						else if (!value.isEmpty()) {
							if (record != null) {
								record.putIfAbsent(relativeTo(relative, recordPath), value);
							}
							else {
								fields.putIfAbsent(relative, value);
							}
						}
					}
					text.setLength(0);
					depth--;
				}
				default -> {
					// comments, processing instructions, whitespace
				}
			}
		}
	}

	private static String relativeTo(String path, String recordPath) {
		return path.length() > recordPath.length() ? path.substring(recordPath.length() + 1) : "";
	}

	private static Object location(XMLStreamException ex) {
		return ex.getLocation() == null ? "?" : ex.getLocation().getLineNumber();
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

}
