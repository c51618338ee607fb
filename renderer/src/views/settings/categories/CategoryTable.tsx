import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { CategoryNode } from './categoryDraft';

/**
 * The two-level tree as a table (parents followed by their children, as core orders it): name in the UI language
 * with the other language beside it, code, tickets, and the actions of each row.
 */
export function CategoryTable({
  tree,
  onAddChild,
  onEdit,
  onDelete,
}: {
  tree: readonly CategoryNode[];
  onAddChild: (parent: CategoryNode) => void;
  onEdit: (node: CategoryNode) => void;
  onDelete: (node: CategoryNode) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const zh = language === 'zh-CN';
  const subtotal = (parent: CategoryNode) =>
    tree.reduce((sum, c) => (c.id === parent.id || c.parentId === parent.id ? sum + c.tickets : sum), 0);
  return (
    <div className="edit-table-wrap">
      <table className="edit-table category-table" data-testid="category-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.categories.columns.name')}</th>
            <th scope="col">
              {zh ? t('settings.categories.columns.nameEn') : t('settings.categories.columns.nameZh')}
            </th>
            <th scope="col">{t('settings.categories.columns.code')}</th>
            <th scope="col" className="numeric">
              {t('settings.categories.columns.tickets')}
            </th>
            <th scope="col" className="edit-table__actions">
              <span className="sr-only">{t('settings.categories.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tree.map((node) => {
            const child = node.parentId !== null;
            const name = zh ? node.nameZh : node.nameEn;
            return (
              <tr key={node.id} className={child ? 'category-table__child' : 'category-table__parent'}>
                <th scope="row" className="category-table__name">
                  {child && <span className="category-table__branch" aria-hidden="true" />}
                  <span lang={zh ? 'zh-CN' : 'en'}>{name}</span>
                </th>
                <td className="muted" lang={zh ? 'en' : 'zh-CN'}>
                  {zh ? node.nameEn : node.nameZh}
                </td>
                <td>
                  <code>{node.code}</code>
                </td>
                <td className="numeric">
                  {formatNumber(language, node.tickets)}
                  {!child && (
                    <span className="category-table__subtotal">
                      {t('settings.categories.subtotal', { tickets: formatNumber(language, subtotal(node)) })}
                    </span>
                  )}
                </td>
                <td className="edit-table__actions">
                  <div className="row-actions">
                    {!child && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('settings.categories.addChildOf', { name })}
                        onClick={() => onAddChild(node)}
                      >
                        <Icon name="plus" size={14} />
                        {t('settings.categories.addChild')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('settings.categories.editOf', { name })}
                      onClick={() => onEdit(node)}
                    >
                      {t('settings.categories.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet-danger"
                      aria-label={t('settings.categories.removeOf', { name })}
                      onClick={() => onDelete(node)}
                    >
                      {t('settings.categories.remove')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
