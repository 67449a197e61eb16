package com.sellout.portal.odata.feed;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.odata.edm.FeedSet;
import com.sellout.portal.odata.edm.FeedSets;
import com.sellout.portal.odata.sql.PageQuery;
import com.sellout.portal.shared.Sha256;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.CountEntityCollectionProcessor;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceEntitySet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads an entity set (and its {@code /$count}) for Olingo: the options become a
 * {@link PageQuery}, the reader's scope its restriction, the page is streamed by
 * {@link StreamedPage} as the rows are read. Sets over sell-out lines page over a
 * snapshot of the reports active at the first page.
 */
@Component
class SetReader implements CountEntityCollectionProcessor {

	/** The options a next link repeats; anything else in the query (a key) is dropped. */
	private static final Set<String> REPEATED = Set.of("$filter", "$select", "$expand", "$orderby", "$format");

	private static final Pattern MAX_PAGE_SIZE = Pattern.compile("(?:odata\\.)?maxpagesize\\s*=\\s*(\\d+)",
			Pattern.CASE_INSENSITIVE);

	private final FeedSets sets;

	private final Snapshots snapshots;

	private final ManagerScopes managers;

	private final OdataSettings settings;

	private final PageStreamer streamer;

	SetReader(FeedSets sets, Snapshots snapshots, ManagerScopes managers, OdataSettings settings,
			PageStreamer streamer) {
		this.sets = sets;
		this.snapshots = snapshots;
		this.managers = managers;
		this.settings = settings;
		this.streamer = streamer;
	}

	@Override
	public void init(OData odata, ServiceMetadata serviceMetadata) {
	}

	@Override
	public void readEntityCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo,
			ContentType responseFormat) throws ODataApplicationException {
		if (!responseFormat.isCompatible(ContentType.APPLICATION_JSON)) {
			throw new ODataApplicationException("This feed answers in JSON only",
					HttpStatusCode.NOT_ACCEPTABLE.getStatusCode(), Locale.ROOT);
		}
		FeedSet set = set(uriInfo);
		PagePlan plan = PagePlan.of(set, uriInfo);
		Reader reader = reader();
		PageToken token = uriInfo.getSkipTokenOption() == null ? null
				: PageToken.decode(uriInfo.getSkipTokenOption().getValue());
		Snapshots.Snapshot snapshot = snapshot(set, reader, token);
		int pageSize = pageSize(request, response);
		boolean keyset = plan.keyset(set);
		long offset = token == null ? plan.skip() : token.offset();
		int limit = plan.top() == null ? pageSize : Math.min(pageSize, plan.top());
		PageQuery.Request query = new PageQuery.Request(set, plan.written(), plan.expands(), plan.filter(),
				keyset ? List.of() : plan.order(), reader.restrictedInns(),
				snapshot == null ? null : snapshot.reports(), token == null || !keyset ? null : token.after(),
				keyset && token != null ? 0 : offset, limit + 1);
		// a first page that skips rows reads the snapshot as one query (the offset counts
		// across reports); the pages after it go on by key, report by report
		List<PageQuery.Built> parts = parts(query, keyset && snapshot != null && query.offset() == 0);
		StreamedPage.Links links = new StreamedPage.Links(request.getRawBaseUri(), set.name(),
				repeatedOptions(request.getRawQueryPath()), plan.top(), keyset, snapshot == null ? null : snapshot.id(),
				offset);
		boolean ieee754 = ieee754(request, responseFormat);
		String metadata = responseFormat.getParameter(ContentType.PARAMETER_ODATA_METADATA);
		response.setStatusCode(HttpStatusCode.OK.getStatusCode());
		response.setHeader(HttpHeader.CONTENT_TYPE,
				ContentType
					.create(ContentType.APPLICATION_JSON, ContentType.PARAMETER_ODATA_METADATA,
							metadata == null ? "minimal" : metadata.toLowerCase(Locale.ROOT))
					.toContentTypeString() + (ieee754 ? ";IEEE754Compatible=true" : ""));
		response.setODataContent(
				new StreamedPage(streamer, set, sets, plan, parts, plan.count() ? PageQuery.count(query) : null, limit,
						links, new RowWriter(ieee754), !"none".equalsIgnoreCase(metadata)));
	}

	/**
	 * The page's queries in order. Over a snapshot one per report from the position on:
	 * {@code report_id = r} is a condition PostgreSQL estimates well, so that each walks
	 * the lines' key in order and stops at the page's end (over the whole list it reads
	 * and sorts every later line for each page).
	 */
	private List<PageQuery.Built> parts(PageQuery.Request query, boolean perReport) throws ODataApplicationException {
		if (!perReport) {
			return List.of(PageQuery.page(query, sets));
		}
		List<PageQuery.Built> parts = new ArrayList<>();
		Long from = query.after() == null ? null : (Long) query.after().get(0);
		for (Long report : query.snapshotReports()) {
			if (from != null && report < from) {
				continue;
			}
			List<Object> after = from != null && report.equals(from) ? query.after() : null;
			parts
				.add(PageQuery.page(
						new PageQuery.Request(query.set(), query.written(), query.expands(), query.filter(),
								query.order(), query.restrictedInns(), new Long[] { report }, after, 0, query.limit()),
						sets));
		}
		return parts;
	}

	@Override
	public void countEntityCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo)
			throws ODataApplicationException {
		FeedSet set = set(uriInfo);
		PagePlan plan = PagePlan.of(set, uriInfo);
		Reader reader = reader();
		Snapshots.Snapshot snapshot = snapshot(set, reader, null);
		PageQuery.Request query = new PageQuery.Request(set, plan.written(), List.of(), plan.filter(), List.of(),
				reader.restrictedInns(), snapshot == null ? null : snapshot.reports(), null, 0, 0);
		long count = streamer.count(PageQuery.count(query));
		response.setStatusCode(HttpStatusCode.OK.getStatusCode());
		response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.TEXT_PLAIN.toContentTypeString());
		response.setContent(new ByteArrayInputStream(Long.toString(count).getBytes(StandardCharsets.UTF_8)));
	}

	private FeedSet set(UriInfo uriInfo) throws ODataApplicationException {
		List<UriResource> parts = uriInfo.getUriResourceParts();
		if (parts.isEmpty() || !(parts.get(0) instanceof UriResourceEntitySet entitySet) || parts.size() > 2
				|| !entitySet.getKeyPredicates().isEmpty()) {
			throw PagePlan.refused("this path: read whole entity sets");
		}
		return sets.require(entitySet.getEntitySet().getName());
	}

	private Snapshots.Snapshot snapshot(FeedSet set, Reader reader, PageToken token) throws ODataApplicationException {
		if (set.snapshotReport() == null) {
			return null;
		}
		if (token != null && token.snapshot() != null) {
			return snapshots.find(token.snapshot(), reader.user(), reader.scopeKey());
		}
		snapshots.cleanUp();
		return snapshots.take(reader.user(), reader.scopeKey());
	}

	private Reader reader() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		List<String> inns = managers.restrictedInns(user.id()).orElse(null);
		return new Reader(user, inns);
	}

	private int pageSize(ODataRequest request, ODataResponse response) {
		int size = settings.pageSize();
		for (String prefer : request.getHeaders(HttpHeader.PREFER) == null ? List.<String>of()
				: request.getHeaders(HttpHeader.PREFER)) {
			Matcher matcher = MAX_PAGE_SIZE.matcher(prefer);
			if (matcher.find()) {
				int asked = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(matcher.group(1)));
				if (asked > 0 && asked < size) {
					size = asked;
					response.setHeader("Preference-Applied", "odata.maxpagesize=" + size);
				}
			}
		}
		return size;
	}

	private static boolean ieee754(ODataRequest request, ContentType format) {
		String parameter = format.getParameter(ContentType.PARAMETER_IEEE754_COMPATIBLE);
		if (parameter != null) {
			return "true".equalsIgnoreCase(parameter);
		}
		String accept = Optional.ofNullable(request.getHeader(HttpHeader.ACCEPT)).orElse("");
		String query = Optional.ofNullable(request.getRawQueryPath()).orElse("");
		return (accept + ";" + URLDecoder.decode(query, StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT)
			.replace(" ", "")
			.contains("ieee754compatible=true");
	}

	/** The raw options a next link keeps, as the client wrote them. */
	static List<String> repeatedOptions(String rawQuery) {
		List<String> kept = new ArrayList<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return kept;
		}
		for (String part : rawQuery.split("&")) {
			String name = URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8);
			if (REPEATED.contains(name)) {
				kept.add(part);
			}
		}
		return kept;
	}

	/**
	 * Who reads: the user, and the clients a restricted manager is limited to (or null).
	 */
	record Reader(CurrentUser user, List<String> restrictedInns) {

		/**
		 * Names the scope a snapshot was made for, so that a changed restriction ends it.
		 */
		String scopeKey() {
			if (restrictedInns == null) {
				return "all";
			}
			return Sha256.hex(restrictedInns.stream().sorted().map(inn -> inn + ",").collect(Collectors.joining()));
		}

	}

}
