import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { useLanguage } from '../../../i18n/useLanguage';
import { CategoryDialog, type CategoryEdit } from './CategoryDialog';
import { CategoryTable } from './CategoryTable';
import { DeleteCategoryDialog } from './DeleteCategoryDialog';
import { nextSort, type CategoryNode } from './categoryDraft';

const loadTree = () => call('categories.tree', {});

/** The editable two-level category tree with ticket counts. */
export function CategoriesTab() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const tree = useResource(loadTree);
  const [edit, setEdit] = useState<CategoryEdit | null>(null);
  const [removing, setRemoving] = useState<CategoryNode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const label = (node: { nameZh: string; nameEn: string }) =>
    language === 'zh-CN' ? node.nameZh : node.nameEn;

  if (tree.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (tree.status === 'error')
    return <ErrorAlert title={t('settings.categories.loadFailed')} error={tree.error} />;
  const nodes = tree.data;
  const top = nodes.filter((n) => n.parentId === null).length;
  return (
    <section className="card" aria-labelledby="categories-title">
      <div className="card__heading-row">
        <h2 id="categories-title" className="card__title">
          {t('settings.categories.title')}
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => setEdit({ mode: 'create', parent: null, sort: nextSort(nodes, null) })}
        >
          <Icon name="plus" size={16} />
          {t('settings.categories.addTop')}
        </button>
      </div>
      <p className="card__hint">{t('settings.categories.hint')}</p>
      {notice && (
        <Alert tone="success" onDismiss={() => setNotice(null)}>
          <p>{notice}</p>
        </Alert>
      )}
      {nodes.length === 0 ? (
        <p className="muted empty-inline" data-testid="categories-empty">
          {t('settings.categories.empty')}
        </p>
      ) : (
        <>
          <p className="muted">{t('settings.categories.count', { top, children: nodes.length - top })}</p>
          <CategoryTable
            tree={nodes}
            onAddChild={(parent) => setEdit({ mode: 'create', parent, sort: nextSort(nodes, parent.id) })}
            onEdit={(node) => setEdit({ mode: 'edit', node })}
            onDelete={setRemoving}
          />
        </>
      )}
      {edit && (
        <CategoryDialog
          edit={edit}
          label={label}
          onClose={() => setEdit(null)}
          onSaved={(saved) => {
            setEdit(null);
            setNotice(t('settings.categories.saved', { name: label(saved) }));
            tree.reload();
          }}
        />
      )}
      {removing && (
        <DeleteCategoryDialog
          node={removing}
          name={label(removing)}
          onClose={() => setRemoving(null)}
          onDeleted={() => {
            setNotice(t('settings.categories.deleted', { name: label(removing) }));
            setRemoving(null);
            tree.reload();
          }}
        />
      )}
    </section>
  );
}
