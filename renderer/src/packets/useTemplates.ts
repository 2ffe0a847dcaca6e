// The templates a packet can be made from (built-in and the user's own), read once per screen visit.
import { useEffect, useState } from 'react';
import type { Template } from '../../../shared/model/template';
import { call } from '../api/client';

export function useTemplates(): { list: Template[] | null; error: unknown } {
  const [list, setList] = useState<Template[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    call('templates', 'list', {}).then(
      (templates) => {
        if (current) setList(templates);
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return { list, error };
}
