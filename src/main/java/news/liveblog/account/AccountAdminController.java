package news.liveblog.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import news.liveblog.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins create accounts, rename them and change their roles, disable and enable them, reset passwords and
 * lift sign-in delays (under {@code /admin/accounts}).
 */
@Controller
class AccountAdminController {

	private final Accounts accounts;

	AccountAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		return page(new AccountForm(), model);
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInEditor admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PasswordPolicy.problemWith(form.getPassword())
			.ifPresent((problem) -> errors.rejectValue("password", problem.messageCode(),
					new Object[] { problem.limit() }, null));
		if (!errors.hasErrors()) {
			try {
				this.accounts.create(new NewAccount(form.getUsername(), form.getDisplayName(), form.getPassword(),
						form.getRole()), admin.asActor());
				redirect.addFlashAttribute("done", "account.done.created");
				return "redirect:/admin/accounts";
			}
			catch (UsernameTakenException ex) {
				errors.rejectValue("username", "account.username.taken");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		form.setPassword(null);
		return page(form, model);
	}

	/**
	 * A new display name or role. An admin keeps their own role: there is then always an admin left, and nobody
	 * takes the accounts page away from themself by mistake.
	 */
	@PostMapping("/admin/accounts/{editorId}")
	String change(@PathVariable long editorId, @Valid @ModelAttribute("change") AccountChangeForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		Editor account = account(editorId);
		redirect.addFlashAttribute("problemFor", account.getUsername());
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "account.problem.notSaved");
			redirect.addFlashAttribute("problemWith", errors.getAllErrors().getFirst().getDefaultMessage());
			return "redirect:/admin/accounts";
		}
		if (editorId == admin.getEditorId() && form.getRole() != account.getRole()) {
			redirect.addFlashAttribute("problem", "account.problem.ownRole");
			return "redirect:/admin/accounts";
		}
		try {
			boolean changed = this.accounts.change(editorId, form.getVersion(), form.getDisplayName(), form.getRole(),
					admin.asActor());
			redirect.addFlashAttribute("done", changed ? "account.done.changed" : "account.done.unchanged");
			redirect.addFlashAttribute("doneWith", account.getUsername());
		}
		catch (AccountChangedMeanwhileException ex) {
			redirect.addFlashAttribute("problem", "account.problem.changedMeanwhile");
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{editorId}/enabled")
	String setEnabled(@PathVariable long editorId, @RequestParam boolean enabled,
			@AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		account(editorId);
		if (!enabled && editorId == admin.getEditorId()) {
			redirect.addFlashAttribute("problem", "account.problem.disableSelf");
			return "redirect:/admin/accounts";
		}
		this.accounts.setEnabled(editorId, enabled, admin.asActor());
		redirect.addFlashAttribute("done", enabled ? "account.done.enabled" : "account.done.disabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{editorId}/password")
	String resetPassword(@PathVariable long editorId, @RequestParam(defaultValue = "") String password,
			@AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		Editor account = account(editorId);
		try {
			this.accounts.resetPassword(editorId, password, admin.asActor());
		}
		catch (PasswordRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getProblem().messageCodeForAccount());
			redirect.addFlashAttribute("problemWith", ex.getProblem().limit());
			redirect.addFlashAttribute("problemFor", account.getUsername());
			return "redirect:/admin/accounts";
		}
		redirect.addFlashAttribute("done", "account.done.passwordReset");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{editorId}/sign-in-delays/lift")
	String liftSignInDelays(@PathVariable long editorId, @AuthenticationPrincipal SignedInEditor admin,
			RedirectAttributes redirect) {
		account(editorId);
		boolean lifted = this.accounts.liftSignInDelays(editorId, admin.asActor());
		redirect.addFlashAttribute("done", lifted ? "account.done.signInDelaysLifted" : "account.done.noSignInDelays");
		return "redirect:/admin/accounts";
	}

	private String page(AccountForm form, Model model) {
		model.addAttribute("accounts", AccountRow.of(this.accounts.all(), this.accounts.withSignInsSlowed()));
		model.addAttribute("form", form);
		model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
		return "admin/accounts";
	}

	private Editor account(long editorId) {
		return this.accounts.find(editorId).orElseThrow(() -> new NotFoundException("No account " + editorId));
	}

}
