package com.sellout.portal.odata.feed;

import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.EntityProcessor;
import org.apache.olingo.server.api.uri.UriInfo;

/**
 * One entity by its key, and every write: not served — the feed is read whole, set by
 * set. Answered as a clear 400 rather than Olingo's 501 about a missing processor.
 */
class EntityRefusal implements EntityProcessor {

	private static final String WHAT = "one entity by its key or changes: read whole entity sets, "
			+ "narrowed with $filter";

	@Override
	public void init(OData odata, ServiceMetadata serviceMetadata) {
	}

	@Override
	public void readEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType responseFormat)
			throws ODataApplicationException {
		throw PagePlan.refused(WHAT);
	}

	@Override
	public void createEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat,
			ContentType responseFormat) throws ODataApplicationException {
		throw PagePlan.refused(WHAT);
	}

	@Override
	public void updateEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat,
			ContentType responseFormat) throws ODataApplicationException {
		throw PagePlan.refused(WHAT);
	}

	@Override
	public void deleteEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo)
			throws ODataApplicationException {
		throw PagePlan.refused(WHAT);
	}

}
