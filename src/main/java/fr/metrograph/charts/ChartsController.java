package fr.metrograph.charts;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/charts")
class ChartsController {

	private final ChartService charts;

	ChartsController(ChartService charts) {
		this.charts = charts;
	}

	@Operation(summary = "Graphique en PNG ou SVG : membership, meetings, themes, planned-vs-realised, "
			+ "metropolis-timeline (id), copresence (network, via, minWeight)")
	@GetMapping("/{file:.+}")
	ResponseEntity<byte[]> chart(@PathVariable String file, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Integer width,
			@RequestParam(required = false) Integer height, @RequestParam(required = false) String group,
			@RequestParam(required = false) String id, @RequestParam(required = false) String network,
			@RequestParam(required = false) String via, @RequestParam(required = false) Double minWeight) {
		ChartRequest request = ChartRequest.parse(file, from, to, width, height);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(request.format().mediaType()))
			.body(this.charts.render(request, new ChartOptions(group, id, network, via, minWeight)));
	}

}
