package fr.metrograph.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.metrograph.security.Accounts;

/**
 * Upload ({@code coordinateur}), progress (open, like every read), retraction
 * ({@code admin}).
 */
@RestController
class UploadController {

	private final UploadService uploads;

	private final Accounts accounts;

	UploadController(UploadService uploads, Accounts accounts) {
		this.uploads = uploads;
		this.accounts = accounts;
	}

	@PostMapping(path = "/api/uploads", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.ACCEPTED)
	List<UploadJob.View> upload(@RequestParam(name = "fichiers", required = false) List<MultipartFile> files,
			@RequestParam(name = "remplacer", defaultValue = "false") boolean replace) {
		List<UploadChecks.Upload> received = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			try {
				received.add(new UploadChecks.Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.uploads.upload(received, replace, this.accounts.current());
	}

	@GetMapping("/api/uploads")
	List<UploadJob.View> jobs() {
		return this.uploads.jobs();
	}

	@GetMapping("/api/uploads/{id}")
	UploadJob.View job(@PathVariable String id) {
		return this.uploads.job(id);
	}

	@DeleteMapping("/api/documents/{id}")
	Map<String, Object> retract(@PathVariable String id) {
		return this.uploads.retract(id, this.accounts.current());
	}

}
