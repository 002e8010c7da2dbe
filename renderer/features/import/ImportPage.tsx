import { Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckStep } from './CheckStep.tsx';
import { ChooseStep } from './ChooseStep.tsx';
import { toImportFiles } from './chosen-files.ts';
import './import.css';
import { MapStep } from './MapStep.tsx';
import { RunStep } from './RunStep.tsx';
import { StepPanel } from './StepPanel.tsx';
import { useFileChoice } from './use-file-choice.ts';
import { useImportJob } from './use-import-job.ts';
import { useInspection } from './use-inspection.ts';

// The Stepper's indexes.
const Step = { Choose: 0, Map: 1, Check: 2, Import: 3 } as const;
type Step = (typeof Step)[keyof typeof Step];

/**
 * Import of the registers kept before Přístav, in four steps: choose the files, map their
 * columns, check them in a dry run, import them in one transaction.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [step, setStepIndex] = useState<Step>(Step.Choose);
  // The first step does not take the focus on arrival: the page's heading and intro come first.
  const [hasMoved, setMoved] = useState(false);
  const choice = useFileChoice();
  const inspection = useInspection();
  const check = useImportJob();
  const run = useImportJob();
  const [readError, setReadError] = useState<string | null>(null);
  const [isReading, setReading] = useState(false);

  const setStep = (next: Step) => {
    setStepIndex(next);
    setMoved(true);
  };

  const readFiles = async () => {
    setReadError(null);
    setReading(true);
    const read = await toImportFiles(choice.files);
    if (!read.ok) {
      setReading(false);
      setReadError(t('legacyImport.choose.readFailed', { name: read.name }));
      return;
    }
    const isInspected = await inspection.inspect(choice.source.trim(), read.files);
    setReading(false);
    if (isInspected) setStep(Step.Map);
  };

  const startCheck = () => {
    if (!inspection.request) return;
    check.start({ ...inspection.request, dryRun: true });
    setStep(Step.Check);
  };

  const startImport = () => {
    if (!inspection.request) return;
    run.start({ ...inspection.request, dryRun: false });
    setStep(Step.Import);
  };

  const goTo = (next: Step) => {
    // A started import runs to its end (or its cancellation) where it can be seen.
    if (run.isRunning || next >= step) return;
    if (next < Step.Import) run.reset();
    if (next < Step.Check) check.reset();
    setStep(next);
  };

  const startOver = () => {
    run.reset();
    check.reset();
    setStep(Step.Choose);
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('legacyImport.title')}</Title>
        <Text maw={820}>{t('legacyImport.intro')}</Text>
      </Stack>
      <Stepper
        active={step}
        onStepClick={(index) => goTo(index as Step)}
        allowNextStepsSelect={false}
        aria-label={t('legacyImport.steps.label')}
      >
        <Stepper.Step
          label={t('legacyImport.steps.choose')}
          description={t('legacyImport.steps.chooseDescription')}
        >
          <StepPanel label={t('legacyImport.steps.choose')} hasFocus={hasMoved}>
            <ChooseStep
              choice={choice}
              error={readError ?? inspection.error}
              isBusy={isReading}
              onNext={() => void readFiles()}
            />
          </StepPanel>
        </Stepper.Step>
        <Stepper.Step
          label={t('legacyImport.steps.map')}
          description={t('legacyImport.steps.mapDescription')}
        >
          <StepPanel label={t('legacyImport.steps.map')} hasFocus={hasMoved}>
            <MapStep inspection={inspection} onBack={() => goTo(Step.Choose)} onNext={startCheck} />
          </StepPanel>
        </Stepper.Step>
        <Stepper.Step
          label={t('legacyImport.steps.check')}
          description={t('legacyImport.steps.checkDescription')}
        >
          <StepPanel label={t('legacyImport.steps.check')} hasFocus={hasMoved}>
            <CheckStep
              job={check}
              onAgain={startCheck}
              onBackToMapping={() => goTo(Step.Map)}
              onBackToFiles={() => goTo(Step.Choose)}
              onImport={startImport}
            />
          </StepPanel>
        </Stepper.Step>
        <Stepper.Step
          label={t('legacyImport.steps.import')}
          description={t('legacyImport.steps.importDescription')}
        >
          <StepPanel label={t('legacyImport.steps.import')} hasFocus={hasMoved}>
            <RunStep job={run} onAnother={startOver} />
          </StepPanel>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
