package com.sellout.portal.odata.feed;

import java.io.IOException;
import java.util.List;

import com.sellout.portal.odata.edm.FeedEdmProvider;
import com.sellout.portal.odata.edm.FeedSets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataHttpHandler;
import org.apache.olingo.server.api.ServiceMetadata;

import org.springframework.stereotype.Component;

/**
 * Olingo parses each request (the service document and {@code $metadata} are its own);
 * the sets are read by {@link SetReader}. Read-only: Olingo answers writes with its
 * error.
 */
@Component
class FeedServlet extends HttpServlet {

	private final transient OData odata = OData.newInstance();

	private final transient ServiceMetadata metadata;

	private final transient SetReader reader;

	FeedServlet(FeedSets sets, SetReader reader) {
		this.metadata = odata.createServiceMetadata(new FeedEdmProvider(sets), List.of());
		this.reader = reader;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ODataHttpHandler handler = odata.createHandler(metadata);
		handler.register(reader);
		handler.register(new EntityRefusal());
		handler.process(request, response);
	}

}
