package fr.metrograph.people;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.metrograph.people.PersonViews.PersonDetail;
import fr.metrograph.people.PersonViews.PersonSummary;

@RestController
@RequestMapping("/api/people")
class PeopleController {

	private final PeopleService people;

	PeopleController(PeopleService people) {
		this.people = people;
	}

	@Operation(
			summary = "Personnes dont le nom (ou une graphie) contient q, sans tenir compte de la casse ni des accents")
	@GetMapping
	List<PersonSummary> people(@RequestParam(required = false) String q) {
		return this.people.search(q);
	}

	@Operation(summary = "Une personne : fonctions au fil des années, réunions, affiliations, sources")
	@GetMapping("/{id}")
	PersonDetail person(@PathVariable String id) {
		return this.people.person(id);
	}

}
