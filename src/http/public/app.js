/** The page at /: reads the form and lets <skill-fit-report> call POST /v1/match and render the answer. */
import './components/skill-fit-report.js';

const EXAMPLE_POSTING = `Junior Data Analyst
Minimum Qualifications:
- Proficiency in SQL and Python.
- Experience with Tableau or Power BI.
- Clear written communication.
Preferred Qualifications:
- Knowledge of R is a plus.
- Experience with A/B testing.`;

const EXAMPLE_RESUME = `Data analyst with three years of experience.
Built Power BI dashboards for the sales team and wrote PostgreSQL queries every day.
Automated weekly reports in Python (pandas).
Skills: SQL, Python, Power BI, Excel`;

const form = document.getElementById('match-form');
const posting = form.elements.namedItem('posting');
const resume = form.elements.namedItem('resume');
const resumeFile = form.elements.namedItem('resume-file');
const submit = form.querySelector('button[type=submit]');
const formError = document.getElementById('form-error');
const report = document.getElementById('report');

function showFormError(message, field) {
  formError.textContent = message;
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}

form.addEventListener('input', () => {
  formError.textContent = '';
  for (const field of [posting, resume, resumeFile]) field.removeAttribute('aria-invalid');
});

document.getElementById('example').addEventListener('click', () => {
  posting.value = EXAMPLE_POSTING;
  resume.value = EXAMPLE_RESUME;
  resumeFile.value = '';
  formError.textContent = '';
  posting.focus();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  formError.textContent = '';
  const file = resumeFile.files?.[0];
  if (!posting.value.trim()) return showFormError('Paste the job posting first.', posting);
  if (!file && !resume.value.trim()) return showFormError('Paste the résumé or choose a résumé file.', resume);
  submit.disabled = true;
  try {
    await report.match(file ? { posting: posting.value, file } : { posting: posting.value, resume: resume.value });
    report.shadowRoot?.getElementById('fit-heading')?.focus();
  } catch {
    // The component shows the API's message itself (role="alert").
  } finally {
    submit.disabled = false;
  }
});
