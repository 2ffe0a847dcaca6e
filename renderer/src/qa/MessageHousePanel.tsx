// The message house of one topic: primary message (roof), pillars with their proof points, sensitive questions answered (foundation), and the checks.
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wordCount } from '../../../shared/editor/text';
import { checkMessageHouse, type MessageHouseFinding } from '../../../shared/library/message-house';
import { MESSAGE_HOUSE_RULES } from '../../../shared/library/rules';
import type { QAItem } from '../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../shared/model/talking-point';

interface MessageHousePanelProps {
  topics: readonly string[];
  talkingPoints: readonly TalkingPoint[];
  qaItems: readonly QAItem[];
}

function findingText(t: TFunction, finding: MessageHouseFinding, titleOf: (id: string) => string): string {
  switch (finding.code) {
    case 'missing_primary':
      return t('library.house.findings.missing_primary');
    case 'several_primaries':
      return t('library.house.findings.several_primaries', { count: finding.talkingPointIds.length });
    case 'primary_too_long':
      return t('library.house.findings.primary_too_long', { title: titleOf(finding.talkingPointId), words: finding.words, max: finding.max });
    case 'too_few_pillars':
      return t('library.house.findings.too_few_pillars', { pillars: finding.pillars, min: finding.min });
    case 'pillar_few_proof_points':
      return t('library.house.findings.pillar_few_proof_points', { title: titleOf(finding.talkingPointId), proofPoints: finding.proofPoints, min: finding.min });
    case 'too_few_sensitive_answers':
      return t('library.house.findings.too_few_sensitive_answers', { answered: finding.answered, min: finding.min });
  }
}

export function MessageHousePanel({ topics, talkingPoints, qaItems }: MessageHousePanelProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const topic = topics.includes(chosen) ? chosen : (topics[0] ?? '');
  const house = useMemo(() => (topic ? checkMessageHouse(topic, { talkingPoints, qaItems }) : null), [topic, talkingPoints, qaItems]);
  const titleOf = (id: string) => talkingPoints.find((p) => p.id === id)?.title ?? id;

  if (topics.length === 0 || !house) {
    return (
      <div className="empty-state empty-state--inline">
        <h2 className="empty-state__title">{t('library.house.noTopicsTitle')}</h2>
        <p className="empty-state__text">{t('library.house.noTopicsBody')}</p>
      </div>
    );
  }
  const rules = MESSAGE_HOUSE_RULES;
  return (
    <div className="house" data-testid="message-house">
      <div className="house__topic">
        <label className="toolbar__label" htmlFor={selectId}>
          {t('library.house.topic')}
        </label>
        <select id={selectId} className="select" value={topic} onChange={(event) => setChosen(event.target.value)}>
          {topics.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <span className={`badge badge--${house.findings.length === 0 ? 'approved' : 'warning'}`}>
          {house.findings.length === 0 ? t('library.house.complete') : t('library.house.issues', { count: house.findings.length })}
        </span>
      </div>
      <div className="house__drawing">
        <section className="house__roof" aria-label={t('library.house.roof')}>
          <h3 className="house__label">{t('library.house.roof')}</h3>
          {house.primary.length === 0 ? <p className="house__missing">{t('library.house.noPrimary')}</p> : null}
          {house.primary.map((point) => (
            <p key={point.id} className="house__primary">
              {point.title} <span className="muted">{t('library.house.words', { count: wordCount(point.message), max: rules.maxPrimaryWords })}</span>
            </p>
          ))}
        </section>
        <div className="house__pillars">
          {house.pillars.map((pillar) => {
            const proofs = pillar.proofPoints.filter((p) => p.text.trim() !== '');
            return (
              <section key={pillar.id} className={`house__pillar${proofs.length < rules.minProofPointsPerPillar ? ' house__pillar--weak' : ''}`}>
                <h3 className="house__pillar-title">{pillar.title}</h3>
                <p className="muted">{t('library.house.proofs', { count: proofs.length, min: rules.minProofPointsPerPillar })}</p>
                <ul className="house__proofs">
                  {proofs.map((proof) => (
                    <li key={proof.id}>{proof.text}</li>
                  ))}
                </ul>
              </section>
            );
          })}
          {Array.from({ length: Math.max(0, rules.minPillars - house.pillars.length) }, (_, i) => (
            <section key={`missing-${String(i)}`} className="house__pillar house__pillar--missing">
              <p className="house__missing">{t('library.house.missingPillar')}</p>
            </section>
          ))}
        </div>
        <section className="house__foundation" aria-label={t('library.house.foundation')}>
          <h3 className="house__label">{t('library.house.foundation')}</h3>
          <p>{t('library.house.sensitive', { count: house.answeredSensitive.length, min: rules.minSensitiveAnswers })}</p>
        </section>
      </div>
      {house.findings.length > 0 ? (
        <section className="house__findings" aria-label={t('library.house.checks')}>
          <h3 className="house__label">{t('library.house.checks')}</h3>
          <ul>
            {house.findings.map((finding, index) => (
              <li key={`${finding.code}-${String(index)}`} className={`house__finding house__finding--${finding.severity}`}>
                {findingText(t, finding, titleOf)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
